package io.copydeck.cli;

/** When to colour output: by default only on a terminal, and never when NO_COLOR is set. */
public enum ColorMode {
    AUTO, ALWAYS, NEVER;

    public boolean enabled() {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> System.console() != null && System.getenv("NO_COLOR") == null
                    && !"dumb".equals(System.getenv("TERM"));
        };
    }
}
