package io.copydeck.support;

import java.util.Optional;

/**
 * Words an answer may be given in besides the fact's own: the model's phrasing of a fact, accepted
 * only when it is faithful to it ({@link AnswerGrounding}). Empty means "say the fact as written".
 */
public interface Phrasing {
    Optional<String> phrase(AnswerFact fact);

    /** No phrasing at all: every answer is its fact's own words. */
    Phrasing NONE = fact -> Optional.empty();
}
