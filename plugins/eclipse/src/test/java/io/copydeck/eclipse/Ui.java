package io.copydeck.eclipse;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** The test's SWT display (on the main thread, as Surefire runs JUnit) and event-loop helpers. */
public final class Ui {
    private Ui() {}

    public static Display display() { return Display.getDefault(); }

    public static Shell shell() {
        Shell shell = new Shell(display());
        shell.setSize(900, 700);
        return shell;
    }

    /** Runs the event loop until the condition holds; fails after the timeout. */
    public static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting for " + what);
            if (!display().readAndDispatch()) sleepBriefly();
        }
    }

    /** Lets pending events (layout, paint, async runnables) run. */
    public static void flush() {
        long end = System.nanoTime() + 50_000_000;
        while (System.nanoTime() < end) if (!display().readAndDispatch()) sleepBriefly();
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
