package io.copydeck.strapi;

import java.net.http.HttpRequest;

/** Called before each HTTP attempt. The publisher passes none; tests use it to pull the plug mid-publish. */
@FunctionalInterface
public interface RequestHook {
    RequestHook NONE = request -> { };

    void beforeSend(HttpRequest request);
}
