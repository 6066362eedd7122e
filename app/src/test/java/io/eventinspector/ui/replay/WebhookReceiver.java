package io.eventinspector.ui.replay;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.eventinspector.event.EventJson;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntUnaryOperator;

/**
 * A webhook receiver on loopback (port 0) for the replay UI tests: it records the event id and headers of every
 * delivery and answers with the status scripted for the request number (1-based), 200 by default.
 */
final class WebhookReceiver implements AutoCloseable {
    private final HttpServer server;
    private final List<String> ids = new CopyOnWriteArrayList<>();
    private final List<Map<String, List<String>>> headers = new CopyOnWriteArrayList<>();
    private volatile IntUnaryOperator statuses = number -> 200;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    WebhookReceiver answering(IntUnaryOperator statusForRequest) {
        this.statuses = statusForRequest;
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The ids of the delivered events, in arrival order. */
    List<String> ids() {
        return List.copyOf(ids);
    }

    String header(int request, String name) {
        return headers.get(request).entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        ids.add(EventJson.mapper().readTree(body).get("id").asText());
        headers.add(Map.copyOf(exchange.getRequestHeaders()));
        exchange.sendResponseHeaders(statuses.applyAsInt(ids.size()), -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
