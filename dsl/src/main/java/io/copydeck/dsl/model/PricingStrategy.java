package io.copydeck.dsl.model;

public enum PricingStrategy { PREMIUM, PENETRATION, SKIMMING, VALUE, FREEMIUM, BUNDLE, COMPETITIVE }
