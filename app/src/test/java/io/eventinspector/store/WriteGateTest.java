package io.eventinspector.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class WriteGateTest {
    @Test
    void aWriterQueuedBehindABatchGoesBeforeTheNextBatch() throws Exception {
        WriteGate gate = WriteGate.fair();
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch batchRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread cleanup = new Thread(() -> {
            gate.write(() -> {
                batchRunning.countDown();
                await(release);
                return order.add("batch 1");
            });
            gate.write(() -> order.add("batch 2"));
        });
        cleanup.start();
        batchRunning.await();
        Thread ingest = new Thread(() -> gate.write(() -> order.add("ingest")));
        ingest.start();
        waitUntilBlocked(ingest);

        release.countDown();
        cleanup.join();
        ingest.join();

        assertThat(order).containsExactly("batch 1", "ingest", "batch 2");
    }

    @Test
    void noGateRunsTheWorkDirectly() {
        assertThat(WriteGate.NONE.write(() -> "done")).isEqualTo("done");
    }

    private static void waitUntilBlocked(Thread thread) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (thread.getState() != Thread.State.WAITING && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
        assertThat(thread.getState()).as("the ingest waits for the gate").isEqualTo(Thread.State.WAITING);
    }

    private static boolean await(CountDownLatch latch) {
        try {
            latch.await();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
