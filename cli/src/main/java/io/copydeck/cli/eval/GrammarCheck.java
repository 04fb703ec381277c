package io.copydeck.cli.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Grammar and spelling of a sent text: findings by rule id, or null when the text's language is not checked.
 * A word the brief's facts hold (a brand, a product, a code) is no spelling mistake.
 */
public interface GrammarCheck extends AutoCloseable {
    Map<String, Integer> check(String text, Locale locale, List<String> facts);

    @Override
    default void close() {}
}
