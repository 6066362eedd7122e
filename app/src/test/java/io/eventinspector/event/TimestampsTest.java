package io.eventinspector.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {
    @Test
    void acceptsTheWholeRangeFrom1970To9999Inclusive() {
        assertThat(Timestamps.parse("since", "1970-01-01T00:00:00Z")).isEqualTo(Instant.EPOCH);
        assertThat(Timestamps.parse("until", "9999-12-31T23:59:59.999Z"))
                .isEqualTo(Instant.parse("9999-12-31T23:59:59.999Z"));
        assertThat(Timestamps.parse("until", "9999-12-31T23:59:59.9999Z"))
                .isEqualTo(Instant.parse("9999-12-31T23:59:59.999Z"));
    }

    @Test
    void refusesTimesBeyondEpochMillisecondsNamingTheFieldAndTheRange() {
        assertThatThrownBy(() -> Timestamps.parse("timestamp", "+292278995-01-01T00:00:00Z"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("timestamp"))
                .hasMessage("timestamp +292278995-01-01T00:00:00Z is out of range: allowed are times from "
                        + "1970-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z (UTC)");
        assertThatThrownBy(() -> Timestamps.parse("since", "-292275055-05-16T16:47:04Z"))
                .hasMessageStartingWith("since -292275055-05-16T16:47:04Z is out of range");
    }

    @Test
    void refusesTheFirstMomentOutsideTheRangeOnEitherSide() {
        assertThatThrownBy(() -> Timestamps.parse("until", "+10000-01-01T00:00:00Z"))
                .hasMessageStartingWith("until +10000-01-01T00:00:00Z is out of range");
        assertThatThrownBy(() -> Timestamps.parse("until", "9999-12-31T23:30:00-01:00"))
                .hasMessageStartingWith("until +10000-01-01T00:30:00Z is out of range");
        assertThatThrownBy(() -> Timestamps.parse("since", "1969-12-31T23:59:59.999Z"))
                .hasMessageStartingWith("since 1969-12-31T23:59:59.999Z is out of range");
        assertThatThrownBy(() -> Timestamps.parse("since", "1970-01-01T00:30:00+01:00"))
                .hasMessageStartingWith("since 1969-12-31T23:30:00Z is out of range");
    }
}
