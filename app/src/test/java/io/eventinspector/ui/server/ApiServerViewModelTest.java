package io.eventinspector.ui.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventinspector.Services;
import io.eventinspector.config.AppConfig;
import io.eventinspector.config.Env;
import io.eventinspector.testing.LogCapture;
import io.eventinspector.testing.TestDatabases;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.QueuedTaskExecutor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiServerViewModelTest {
    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Notifications notifications = new Notifications();
    private final SimpleObjectProperty<Services> services = new SimpleObjectProperty<>();
    private ApiServerViewModel server;

    @AfterEach
    void close() {
        if (server != null) {
            server.close();
        }
        if (services.get() != null) {
            services.get().close();
        }
    }

    private ApiServerViewModel open(Map<String, String> env) {
        services.set(new Services(new AppConfig(new Env(env)), TestDatabases.sqlite(folder), Clock.systemUTC()));
        server = new ApiServerViewModel(new QueuedTaskExecutor(), services, notifications);
        return server;
    }

    @Test
    void starts_on_loopback_answers_health_and_stops() throws Exception {
        open(Map.of());
        server.portProperty().set("0");

        assertThat(server.start()).isTrue();

        assertThat(server.runningProperty().get()).isTrue();
        int port = server.boundPortProperty().get();
        assertThat(port).isPositive();
        assertThat(server.statusProperty().get()).isEqualTo("API :" + port);
        assertThat(get(port, "/health", null).statusCode()).isEqualTo(200);

        server.stop();

        assertThat(server.runningProperty().get()).isFalse();
        assertThat(server.statusProperty().get()).isEmpty();
        assertThatThrownBy(() -> get(port, "/health", null)).isInstanceOf(IOException.class);
    }

    @Test
    void without_configured_keys_it_requires_the_admin_key_made_for_this_start_and_never_logs_it() throws Exception {
        open(Map.of());
        server.portProperty().set("0");
        try (LogCapture logs = new LogCapture("io.eventinspector")) {
            server.prepareStart(); // what the start dialog does when it opens
            String shown = server.generatedKeyProperty().get();
            assertThat(shown).matches("[A-Za-z0-9_-]{43}"); // 32 random bytes, base64url
            assertThat(server.curlExample().get()).isEqualTo("curl -H \"X-API-Key: " + shown
                    + "\" http://127.0.0.1:0/api/events");

            server.start();

            int port = server.boundPortProperty().get();
            assertThat(server.curlExample().get()).endsWith(" http://127.0.0.1:" + port + "/api/events");
            assertThat(get(port, "/api/events", null).statusCode()).isEqualTo(401);
            assertThat(get(port, "/api/events", "not-" + shown).statusCode()).isEqualTo(401);
            assertThat(get(port, "/api/events", shown).statusCode()).isEqualTo(200);
            // admin: it may also write
            String event = "{\"id\":\"evt_1\",\"type\":\"message.sent\",\"session_id\":\"s1\",\"data\":{},"
                    + "\"timestamp\":\"2026-11-20T10:00:00Z\"}";
            assertThat(post(port, "/api/events", shown, event).statusCode()).isBetween(200, 299);
            assertThat(logs.messages()).isNotEmpty().noneMatch(line -> line.contains(shown));
        }
    }

    @Test
    void every_start_gets_a_new_key() throws Exception {
        open(Map.of());
        server.portProperty().set("0");
        server.start(); // without the dialog: a key is made all the same
        String first = server.generatedKeyProperty().get();
        assertThat(first).isNotEmpty();
        int firstPort = server.boundPortProperty().get();
        assertThat(get(firstPort, "/api/events", first).statusCode()).isEqualTo(200);
        server.stop();

        server.prepareStart();
        String second = server.generatedKeyProperty().get();
        server.start();

        assertThat(second).isNotEmpty().isNotEqualTo(first);
        int port = server.boundPortProperty().get();
        assertThat(get(port, "/api/events", first).statusCode()).isEqualTo(401);
        assertThat(get(port, "/api/events", second).statusCode()).isEqualTo(200);
    }

    @Test
    void configured_api_keys_are_required_as_they_are_and_no_key_is_made() throws Exception {
        open(Map.of("WHATSAPP_API_KEYS_MAP", "[{\"key\":\"read-key\",\"role\":\"read\"}]"));
        server.portProperty().set("0");
        assertThat(server.authDescription()).contains("1 API keys");

        server.prepareStart();
        server.start();

        assertThat(server.generatedKeyProperty().get()).isEmpty();
        assertThat(server.curlExample().get()).contains("X-API-Key: YOUR_KEY");
        int port = server.boundPortProperty().get();
        assertThat(get(port, "/api/events", null).statusCode()).isEqualTo(401);
        assertThat(get(port, "/api/events", "read-key").statusCode()).isEqualTo(200);
        // as configured: a read key cannot write
        assertThat(post(port, "/api/events", "read-key", "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void a_port_outside_0_to_65535_is_refused_with_a_message() {
        open(Map.of());

        server.portProperty().set("70000");
        assertThat(server.portErrorProperty().get())
                .isEqualTo("port must be a whole number from 0 (any free port) to 65535, not \"70000\"");
        assertThat(server.start()).isFalse();
        server.portProperty().set("http");
        assertThat(server.portErrorProperty().get()).endsWith("not \"http\"");
        server.portProperty().set("8080");
        assertThat(server.portErrorProperty().get()).isEmpty();
        assertThat(server.runningProperty().get()).isFalse();
    }

    @Test
    void a_port_in_use_is_a_notification_with_a_retry() {
        open(Map.of());
        server.portProperty().set("0");
        server.start();
        int taken = server.boundPortProperty().get();
        ApiServerViewModel second = new ApiServerViewModel(new QueuedTaskExecutor(), services, notifications);
        second.portProperty().set(String.valueOf(taken));

        second.start();

        assertThat(second.runningProperty().get()).isFalse();
        assertThat(notifications.currentProperty().get().message())
                .isEqualTo("Cannot start the API server on 127.0.0.1:" + taken + ": cannot listen: port " + taken
                        + " is already in use");
        assertThat(notifications.currentProperty().get().retry()).isPresent();
    }

    @Test
    void switching_the_store_stops_the_server() {
        open(Map.of());
        server.portProperty().set("0");
        server.start();
        int port = server.boundPortProperty().get();
        Services first = services.get();

        services.set(new Services(first.config(), TestDatabases.sqlite(folder), Clock.systemUTC()));
        first.close();

        assertThat(server.runningProperty().get()).isFalse();
        assertThatThrownBy(() -> get(port, "/health", null)).isInstanceOf(IOException.class);
    }

    private HttpResponse<String> post(int port, String path, String key, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("X-API-Key", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(int port, String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
