package io.eventinspector.replay;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A webhook receiver on loopback that misbehaves at the socket level, where {@link TestReceiver}'s HTTP server
 * would be polite: it reads each request, writes a fixed head, then writes body bytes as fast as it can or one
 * at a time with a pause. Every loop is bounded, so a receiver that nobody stops still ends by itself. It counts
 * the body bytes it managed to write and notices when the client closed the connection (a write failed).
 */
final class HostileReceiver implements AutoCloseable {
    private static final int CHUNK = 64 * 1024;

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "hostile-receiver");
        thread.setDaemon(true);
        return thread;
    });
    private final String head;
    private final long maxBodyBytes;
    private final Duration pause;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicLong bodyBytesSent = new AtomicLong();
    private final AtomicBoolean closedByClient = new AtomicBoolean();
    private final CountDownLatch connectionEnded = new CountDownLatch(1);

    private HostileReceiver(String head, long maxBodyBytes, Duration pause) throws IOException {
        this.head = head;
        this.maxBodyBytes = maxBodyBytes;
        this.pause = pause;
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    /** Answers {@code status} announcing a 2 GB body and streams up to {@code maxBodyBytes} of it, flat out. */
    static HostileReceiver hugeBody(int status, long maxBodyBytes) throws IOException {
        return new HostileReceiver(statusLine(status) + "Content-Type: text/plain\r\nContent-Length: "
                + (2L << 30) + "\r\n\r\n", maxBodyBytes, Duration.ZERO);
    }

    /** Starts a header and never ends it: up to {@code maxBytes} of one header line, flat out. */
    static HostileReceiver endlessHeader(long maxBytes) throws IOException {
        return new HostileReceiver(statusLine(500) + "X-Junk: ", maxBytes, Duration.ZERO);
    }

    /** Answers {@code status} announcing {@code length} bytes, then sends one byte per {@code pause}. */
    static HostileReceiver tricklingBody(int status, int length, Duration pause) throws IOException {
        return new HostileReceiver(statusLine(status) + "Content-Length: " + length + "\r\n\r\n", length, pause);
    }

    /** Sends even the status line one byte per {@code pause}: the answer never gets to its headers' end. */
    static HostileReceiver tricklingHead(Duration pause) throws IOException {
        return new HostileReceiver("", 10_000, pause);
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/hook");
    }

    int requests() {
        return requests.get();
    }

    /** Bytes written after the head into the connection (the client may not have read them all). */
    long bodyBytesSent() {
        return bodyBytesSent.get();
    }

    /** Waits until the first connection ended; true when the client closed it before the receiver was done. */
    boolean awaitClosedByClient(Duration deadline) throws InterruptedException {
        return connectionEnded.await(deadline.toMillis(), TimeUnit.MILLISECONDS) && closedByClient.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.add(socket);
                threads.execute(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            readRequest(socket.getInputStream());
            requests.incrementAndGet();
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            if (pause.isZero()) {
                flood(out);
            } else {
                trickle(out);
            }
        } catch (IOException e) {
            closedByClient.set(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            connectionEnded.countDown();
        }
    }

    private void flood(OutputStream out) throws IOException {
        byte[] chunk = new byte[CHUNK];
        Arrays.fill(chunk, (byte) 'x');
        while (bodyBytesSent.get() < maxBodyBytes) {
            out.write(chunk);
            bodyBytesSent.addAndGet(chunk.length);
        }
    }

    private void trickle(OutputStream out) throws IOException, InterruptedException {
        byte[] status = "HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < maxBodyBytes; i++) {
            // The pause is the hostile behaviour under test, not a wait for work.
            Thread.sleep(pause.toMillis());
            out.write(head.isEmpty() ? status[i % status.length] : 'x');
            out.flush();
            bodyBytesSent.incrementAndGet();
        }
    }

    /** Reads the request line, headers and a Content-Length body, so the client is not cut off while sending. */
    private static void readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream headers = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("the request ended early");
            }
            headers.write(next);
            matched = next == end[matched] ? matched + 1 : next == '\r' ? 1 : 0;
        }
        long length = headers.toString(StandardCharsets.US_ASCII).lines()
                .map(line -> line.toLowerCase(Locale.ROOT))
                .filter(line -> line.startsWith("content-length:"))
                .mapToLong(line -> Long.parseLong(line.substring("content-length:".length()).trim()))
                .findFirst().orElse(0);
        in.readNBytes((int) length);
    }

    private static String statusLine(int status) {
        return "HTTP/1.1 " + status + " Hostile\r\n";
    }

    @Override
    public void close() throws IOException {
        server.close();
        // A write blocked on a client that stopped reading ends only when its socket is closed.
        for (Socket connection : connections) {
            connection.close();
        }
        threads.shutdownNow();
    }
}
