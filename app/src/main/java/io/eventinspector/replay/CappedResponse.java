package io.eventinspector.replay;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads at most {@code limit} bytes of one response body. A receiver decides how much it sends, so a longer body
 * is not read on: the subscription is cancelled, which closes the connection, and the first {@code limit} bytes
 * are the body. {@link #abort()} does the same from any thread when the try runs out of time or is cancelled.
 */
final class CappedResponse implements HttpResponse.BodyHandler<byte[]> {
    private final int limit;
    private volatile HttpResponse.ResponseInfo info;
    private volatile Body body;
    private volatile boolean aborted;

    CappedResponse(int limit) {
        this.limit = limit;
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo responseInfo) {
        info = responseInfo;
        Body subscriber = new Body();
        body = subscriber;
        if (aborted) {
            subscriber.stop();
        }
        return subscriber;
    }

    /** The status line and headers, once they arrived. */
    Optional<HttpResponse.ResponseInfo> info() {
        return Optional.ofNullable(info);
    }

    /** Stops reading and closes the connection; harmless when the body is complete or never started. */
    void abort() {
        aborted = true;
        Body current = body;
        if (current != null) {
            current.stop();
        }
    }

    private final class Body implements HttpResponse.BodySubscriber<byte[]> {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;
        private boolean stopped;

        @Override
        public synchronized void onSubscribe(Flow.Subscription newSubscription) {
            if (subscription != null || stopped) {
                newSubscription.cancel();
                return;
            }
            subscription = newSubscription;
            subscription.request(1);
        }

        @Override
        public synchronized void onNext(List<ByteBuffer> buffers) {
            if (stopped) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                int room = limit - bytes.size();
                byte[] chunk = new byte[Math.min(room, buffer.remaining())];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
                if (buffer.hasRemaining()) {
                    // More than the limit was sent: the rest is the receiver's problem, not our memory's.
                    stop();
                    return;
                }
            }
            subscription.request(1);
        }

        @Override
        public synchronized void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public synchronized void onComplete() {
            result.complete(bytes.toByteArray());
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        synchronized void stop() {
            if (stopped) {
                return;
            }
            stopped = true;
            if (subscription != null) {
                subscription.cancel();
            }
            result.complete(bytes.toByteArray());
        }
    }
}
