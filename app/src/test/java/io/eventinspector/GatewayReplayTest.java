package io.eventinspector;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.eventinspector.config.AppConfig;
import io.eventinspector.config.Env;
import io.eventinspector.replay.ReplayControl;
import io.eventinspector.replay.ReplayInitiator;
import io.eventinspector.replay.ReplayRequest;
import io.eventinspector.replay.ReplayResult;
import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.testing.GatewayFiles;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replaying from a gateway's own SQLite file delivers its events and records the replay in the user's own store. */
class GatewayReplayTest {
    @TempDir
    Path folder;
    private HttpServer receiver;
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void deliversTheGatewaysEventsAndKeepsTheHistoryInTheLocalStore() throws Exception {
        Path gateway = GatewayFiles.create(folder.resolve("gateway.db"),
                new GatewayFiles.Row("20260203103000.123456789", "message.received", "s1", "{\"body\":\"first\"}",
                        "2026-02-03 10:30:00.123456789+00:00"),
                new GatewayFiles.Row("20260203103001.5", "message.received", "s1", "{\"body\":\"second\"}",
                        "2026-02-03 11:30:01.5+01:00"));
        byte[] before = Files.readAllBytes(gateway);
        Path data = folder.resolve("data");
        AppConfig config = new AppConfig(new Env(Map.of("XDG_DATA_HOME", data.toString(),
                "WHATSAPP_WEBHOOK_URL", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook")));

        try (Services services = new Services(config, Database.open(StoreUrl.sqlite(gateway)), Clock.systemUTC())) {
            ReplayResult result = services.replay().replay(ReplayRequest.of("s1", null, null, null, false, null),
                    ReplayInitiator.cli(), ReplayControl.none());

            assertThat(result.success()).isTrue();
            assertThat(services.replayHistory().recent(10)).hasSize(1);
        }

        assertThat(bodies).hasSize(2);
        assertThat(String.join("\n", bodies)).contains("20260203103000.123456789", "\"body\":\"first\"",
                "20260203103001.5", "2026-02-03T10:30:01.500Z");
        assertThat(Files.readAllBytes(gateway)).isEqualTo(before);
        assertThat(data.resolve("event-inspector/events.db")).isRegularFile();
    }
}
