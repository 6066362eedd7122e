package io.eventinspector.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventinspector.Services;
import io.eventinspector.config.AppConfig;
import io.eventinspector.config.Env;
import io.eventinspector.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A real API server on 127.0.0.1 and a free port, over a given database, plus a small HTTP client for it. */
final class ApiHarness implements AutoCloseable {
    static final String READ_KEY = "your-read-key";
    static final String WRITE_KEY = "your-write-key";
    static final String ADMIN_KEY = "your-admin-key";
    static final String KEYS_MAP = "[{\"key\":\"" + READ_KEY + "\",\"role\":\"read\"},"
            + "{\"key\":\"" + WRITE_KEY + "\",\"role\":\"write\"},"
            + "{\"key\":\"" + ADMIN_KEY + "\",\"role\":\"admin\"}]";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Services services;
    private final ApiServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ApiHarness(Database database, Map<String, String> env) {
        this(database, env, true);
    }

    /** {@code authenticate} false runs the server as {@code serve --no-auth} does. */
    ApiHarness(Database database, Map<String, String> env, boolean authenticate) {
        this(database, env, authenticate, ApiOptions.defaults());
    }

    ApiHarness(Database database, Map<String, String> env, boolean authenticate, ApiOptions options) {
        AppConfig config = new AppConfig(new Env(env));
        services = new Services(config, database, Clock.systemUTC());
        Optional<ApiKeys> keys = authenticate ? Optional.of(ApiKeys.configured(config.apiKeys())) : Optional.empty();
        server = new ApiServer(services, keys, options).start("127.0.0.1", 0);
    }

    static ApiHarness withKeys(Database database) {
        return new ApiHarness(database, Map.of("WHATSAPP_API_KEYS_MAP", KEYS_MAP));
    }

    Services services() {
        return services;
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    int port() {
        return server.port();
    }

    /** An HTTP answer with its body parsed as JSON (or null when it is not JSON). */
    record Answer(int status, String contentType, String body, JsonNode json, HttpHeaders headers) {
        JsonNode data() {
            return json.get("data");
        }

        String errorCode() {
            return json.path("error").path("code").asText();
        }

        String errorMessage() {
            return json.path("error").path("message").asText();
        }
    }

    Answer get(String pathAndQuery, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET(), headers);
    }

    Answer post(String path, String body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    Answer send(String method, String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()), headers);
    }

    Answer send(HttpRequest.Builder request, String... headers) {
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            return new Answer(response.statusCode(), type, response.body(), parse(response.body()),
                    response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String[] key(String key) {
        return new String[] {"X-API-Key", key};
    }

    static String[] json(String key) {
        return new String[] {"X-API-Key", key, "Content-Type", "application/json"};
    }

    static String[] ndjson(String key) {
        return new String[] {"X-API-Key", key, "Content-Type", "application/x-ndjson"};
    }

    static List<String> ids(Answer answer) {
        List<String> ids = new java.util.ArrayList<>();
        answer.data().get("events").forEach(event -> ids.add(event.get("id").asText()));
        return ids;
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        server.stop();
        services.close();
    }
}
