package io.eventinspector.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One HTTP/1.1 connection written by hand, for what a well-behaved client cannot do: send any {@code Host},
 * stop reading a response, or send a body byte by byte.
 */
final class RawHttp implements AutoCloseable {
    private final Socket socket;

    private RawHttp(Socket socket) {
        this.socket = socket;
    }

    static RawHttp connect(int port) {
        return connect(port, 0);
    }

    /** {@code receiveBuffer} > 0 shrinks the client's socket buffer, so a reader that stops stalls the server soon. */
    static RawHttp connect(int port, int receiveBuffer) {
        Socket socket = new Socket();
        try {
            if (receiveBuffer > 0) {
                socket.setReceiveBufferSize(receiveBuffer);
            }
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            return new RawHttp(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET with the given Host and extra header lines, answered and closed. */
    static Response get(int port, String host, String path, String... headerLines) {
        try (RawHttp http = connect(port)) {
            http.write("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n"
                    + String.join("", java.util.Arrays.stream(headerLines).map(line -> line + "\r\n").toList())
                    + "\r\n");
            return http.response(Duration.ofSeconds(10));
        }
    }

    void write(String text) {
        write(text.getBytes(StandardCharsets.UTF_8));
    }

    void write(byte[] bytes) {
        try {
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads until the server closes the connection or {@code deadline} passes; null when nothing came in time.
     * A reset by the server counts as closing.
     */
    Response response(Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            while (true) {
                long left = Duration.ofNanos(end - System.nanoTime()).toMillis();
                if (left <= 0) {
                    return null;
                }
                socket.setSoTimeout((int) left);
                int read;
                try {
                    read = in.read(buffer);
                } catch (SocketTimeoutException e) {
                    return null;
                } catch (SocketException e) {
                    read = -1; // reset: the server gave up on the connection
                }
                if (read < 0) {
                    return Response.parse(received.toString(StandardCharsets.UTF_8));
                }
                received.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What came back before the connection closed: status 0 when no response at all (closed without one). */
    record Response(int status, String head, String body) {
        static Response parse(String text) {
            if (!text.startsWith("HTTP/1.1 ")) {
                return new Response(0, "", text);
            }
            int headEnd = text.indexOf("\r\n\r\n");
            String head = headEnd < 0 ? text : text.substring(0, headEnd);
            String body = headEnd < 0 ? "" : text.substring(headEnd + 4);
            if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = dechunked(body);
            }
            return new Response(Integer.parseInt(text.substring(9, 12)), head, body);
        }

        private static String dechunked(String chunked) {
            StringBuilder body = new StringBuilder();
            int at = 0;
            while (at < chunked.length()) {
                int lineEnd = chunked.indexOf("\r\n", at);
                if (lineEnd < 0) {
                    break;
                }
                int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
                if (size == 0) {
                    break;
                }
                // Sizes count bytes; the bodies read here are ASCII JSON envelopes, where bytes are characters.
                body.append(chunked, lineEnd + 2, Math.min(chunked.length(), lineEnd + 2 + size));
                at = lineEnd + 2 + size + 2;
            }
            return body.toString();
        }

        JsonNode json() {
            return ApiHarness.parse(body);
        }

        String errorCode() {
            JsonNode json = json();
            return json == null ? "" : json.path("error").path("code").asText();
        }
    }
}
