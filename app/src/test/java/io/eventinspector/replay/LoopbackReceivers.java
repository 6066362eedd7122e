package io.eventinspector.replay;

import java.io.IOException;
import java.net.URI;
import java.util.function.IntPredicate;

/** Opens a {@link TestReceiver} for tests outside this package: it answers 200, or 400 where {@code fails}. */
public final class LoopbackReceivers {
    private LoopbackReceivers() {
    }

    public interface Receiver extends AutoCloseable {
        URI url();

        int requests();

        @Override
        void close();
    }

    public static Receiver start(IntPredicate fails) throws IOException {
        TestReceiver receiver = new TestReceiver()
                .answering(n -> fails.test(n) ? TestReceiver.Reply.status(400) : TestReceiver.Reply.OK);
        return new Receiver() {
            @Override
            public URI url() {
                return receiver.url();
            }

            @Override
            public int requests() {
                return receiver.received().size();
            }

            @Override
            public void close() {
                receiver.close();
            }
        };
    }
}
