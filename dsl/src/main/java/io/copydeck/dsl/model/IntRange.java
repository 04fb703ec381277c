package io.copydeck.dsl.model;

import java.math.BigDecimal;

/** `25..40`. */
public record IntRange(BigDecimal from, BigDecimal to) {}
