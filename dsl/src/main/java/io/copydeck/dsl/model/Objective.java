package io.copydeck.dsl.model;

/** What the campaign is for. */
public enum Objective { AWARENESS, CONSIDERATION, CONVERSION, RETENTION, LAUNCH }
