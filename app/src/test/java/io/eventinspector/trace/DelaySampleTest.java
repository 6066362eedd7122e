package io.eventinspector.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles: the smallest value with at least p% of all values at or below it. */
class DelaySampleTest {
    @Test
    void oneToAHundredHasItsPercentilesAtTheirRanks() {
        DelaySample sample = new DelaySample();
        for (long value = 100; value >= 1; value--) {
            sample.add(value);
        }

        assertThat(sample.percentiles()).isEqualTo(new Percentiles(OptionalLong.of(50), OptionalLong.of(95),
                OptionalLong.of(100)));
        assertThat(sample.size()).isEqualTo(100);
    }

    @Test
    void fewValuesRoundTheRankUp() {
        DelaySample sample = new DelaySample();
        sample.add(30);
        sample.add(10);
        sample.add(20);

        assertThat(sample.percentiles()).isEqualTo(new Percentiles(OptionalLong.of(20), OptionalLong.of(30),
                OptionalLong.of(30)));
    }

    @Test
    void oneValueIsEveryPercentileAndTheArrayGrowsPastItsFirstSize() {
        DelaySample one = new DelaySample();
        one.add(7);
        DelaySample many = new DelaySample();
        for (int i = 0; i < 10_000; i++) {
            many.add(i);
        }

        assertThat(one.percentiles()).isEqualTo(new Percentiles(OptionalLong.of(7), OptionalLong.of(7),
                OptionalLong.of(7)));
        assertThat(many.percentiles().p95()).hasValue(9_499);
        assertThat(new DelaySample().percentiles()).isEqualTo(Percentiles.NONE);
    }
}
