package io.copydeck.strapi;

/** What happened to one entry. */
enum Outcome {
    CREATED, UPDATED, UNCHANGED
}
