package io.copydeck.strapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Strapi's REST API over java.net.http: adds the token, retries what a retry can fix (no answer, 5xx, 429),
 * and turns every other failure into a {@link StrapiException} whose message says what to do.
 * Messages carry method, path, status and Strapi's own error text (redacted, cut short): never headers, and
 * every message passes a {@link Redactor} that knows the token, so a server that echoes it back cannot make us
 * print it. Answers are read up to {@link BoundedBody#LIMIT}: a runaway answer is an error, not a heap.
 */
public final class StrapiHttp {
    private final URI base;
    private final StrapiToken token;
    private final RetryPolicy retry;
    private final Duration timeout;
    private final RequestHook hook;
    private final HttpClient client;
    private final Redactor redactor;
    private final ObjectMapper json = new ObjectMapper();

    public StrapiHttp(URI base, StrapiToken token, RetryPolicy retry, Duration timeout, RequestHook hook) {
        String b = base.toString();
        this.base = URI.create(b.endsWith("/") ? b.substring(0, b.length() - 1) : b);
        this.token = token;
        this.retry = retry;
        this.timeout = timeout;
        this.hook = hook;
        this.redactor = Redactor.knowing(token.secretForRedaction());
        // HTTP/1.1: for http:// URLs the default (HTTP/2) first attempts an h2c upgrade, which Strapi does not speak.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout).build();
    }

    public URI base() {
        return base;
    }

    JsonNode get(String pathAndQuery) throws StrapiException {
        return send("GET", pathAndQuery, null);
    }

    /** Sends, retrying failures a retry can fix. Only for requests that are safe to repeat (GET, PUT). */
    JsonNode send(String method, String pathAndQuery, JsonNode body) throws StrapiException {
        for (int attempt = 1; ; attempt++) {
            try {
                return sendOnce(method, pathAndQuery, body);
            } catch (StrapiException e) {
                if (!e.retryable()) {
                    throw e;
                }
                pauseOrGiveUp(attempt, e);
            }
        }
    }

    /**
     * One attempt, no retry: for a POST, whose lost answer may hide a committed create. The caller looks before
     * it sends again (see {@link StrapiCollection#createDraft}).
     */
    JsonNode sendOnce(String method, String pathAndQuery, JsonNode body) throws StrapiException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(timeout)
                .header("Authorization", token.authorizationHeader()).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpRequest built = request.build();
        String what = method + " " + base + pathWithoutQuery(pathAndQuery);
        try {
            hook.beforeSend(built);
            HttpResponse<InputStream> response = client.send(built, HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            String text = BoundedBody.read(response, BoundedBody.LIMIT, timeout);
            if (status >= 200 && status < 300) {
                return text.isEmpty() ? null : parse(what, text);
            }
            Duration retryAfter = response.headers().firstValue("Retry-After").map(StrapiHttp::seconds).orElse(null);
            throw classify(what, status, text).retryAfter(retryAfter);
        } catch (BoundedBody.TooLarge e) {
            throw new StrapiException(StrapiException.Kind.OVERSIZED, 0, "the CMS answered with more than "
                    + BoundedBody.describe(BoundedBody.LIMIT) + " for " + what + ", where Strapi sends a few kilobytes: "
                    + "is --url the Strapi server's root URL? (the rest was not read)");
        } catch (BoundedBody.TooSlow e) {
            throw new StrapiException(StrapiException.Kind.UNREACHABLE, 0, "the CMS stopped sending its answer to " + what
                    + ": the answer did not arrive within " + timeout.toMillis() / 1000.0 + " s of its headers (is Strapi overloaded, "
                    + "or is --url a proxy that holds the connection?)");
        } catch (IOException e) {
            throw new StrapiException(StrapiException.Kind.UNREACHABLE, 0, "cannot reach Strapi: " + what + ": "
                    + redactor.serverText(describe(e)) + " (is Strapi running, and is --url right?)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StrapiException(StrapiException.Kind.UNREACHABLE, 0, "interrupted: " + what);
        }
    }

    /** A 2xx answer that is not JSON: not Strapi, or a proxy's page. */
    private JsonNode parse(String what, String text) throws StrapiException {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new StrapiException(StrapiException.Kind.REJECTED, 0, what + ": the answer is not JSON ("
                    + redactor.serverText(text) + "): is --url the Strapi server's root URL?");
        }
    }

    /** After failed attempt number {@code attempt}: wait the backoff, or throw when the attempts are used up. */
    void pauseOrGiveUp(int attempt, StrapiException failure) throws StrapiException {
        if (attempt >= retry.maxAttempts()) {
            throw failure.gaveUpAfter(attempt);
        }
        try {
            retry.sleeper().sleep(retry.backoff(attempt, failure.retryAfter()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    private StrapiException classify(String what, int status, String body) {
        String said = strapiMessage(body);
        return switch (status) {
            case 401 -> new StrapiException(StrapiException.Kind.AUTH, status, what + ": 401 Unauthorized (" + said
                    + "): Strapi does not accept the API token in " + PublishCommand.TOKEN_ENV
                    + "; create one under Settings → API Tokens");
            case 403 -> new StrapiException(StrapiException.Kind.AUTH, status, what + ": 403 Forbidden (" + said
                    + "): the API token in " + PublishCommand.TOKEN_ENV + " may not write Copydeck content types; "
                    + "give it full access or find/create/update on copydeck-asset and copydeck-campaign");
            case 404 -> new StrapiException(StrapiException.Kind.NOT_FOUND, status, what + ": 404 Not Found ("
                    + said + ")");
            case 429 -> new StrapiException(StrapiException.Kind.SERVER, status, what + ": 429 Too Many Requests");
            default -> status >= 500
                    ? new StrapiException(StrapiException.Kind.SERVER, status, what + ": " + status + " (" + said + ")")
                    : new StrapiException(StrapiException.Kind.REJECTED, status, what + ": " + status + " (" + said
                            + ")");
        };
    }

    /**
     * Strapi 5 errors look like {"data":null,"error":{"status":400,"name":"ValidationError","message":"…"}}.
     * The server's words are quoted redacted and cut short: a proxy or a debug build may echo the request's
     * headers, the token with them.
     */
    private String strapiMessage(String body) {
        try {
            JsonNode error = json.readTree(body).path("error");
            if (error.hasNonNull("message")) {
                String details = error.path("details").path("errors").isArray()
                        ? " " + error.path("details").path("errors").toString() : "";
                return redactor.serverText(error.path("name").asText("") + ": " + error.path("message").asText()
                        + details);
            }
        } catch (IOException | RuntimeException e) {
            // not JSON: an HTML error page from a proxy, or not Strapi at all
        }
        return body == null || body.isBlank() ? "empty body" : "not a Strapi error body: " + redactor.serverText(body);
    }

    private static Duration seconds(String retryAfter) {
        try {
            return Duration.ofSeconds(Long.parseLong(retryAfter.strip()));
        } catch (NumberFormatException e) {
            return null; // an HTTP date: fall back to our own backoff
        }
    }

    private static String pathWithoutQuery(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        return q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
                + e.getMessage();
    }
}
