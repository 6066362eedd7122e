package io.eventinspector.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventIdsTest {
    @Test
    void formatsAUlidWithTheEvtPrefix() {
        assertThat(EventIds.format(0, new byte[10])).isEqualTo("evt_00000000000000000000000000");
        byte[] ones = new byte[10];
        java.util.Arrays.fill(ones, (byte) 0xff);
        assertThat(EventIds.format((1L << 48) - 1, ones)).isEqualTo("evt_7ZZZZZZZZZZZZZZZZZZZZZZZZZ");
    }

    @Test
    void idsSortLikeTheirTimesWhateverTheEntropy() {
        SplittableRandom random = new SplittableRandom(1);
        List<Long> times = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        long time = Instant.parse("2020-01-01T00:00:00Z").toEpochMilli();
        for (int i = 0; i < 2_000; i++) {
            time += 1 + random.nextInt(100_000_000);
            byte[] entropy = new byte[10];
            random.nextBytes(entropy);
            times.add(time);
            ids.add(EventIds.format(time, entropy));
        }

        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void nextUsesTheClockOrTheGivenTimeAndNeverRepeats() {
        Instant now = Instant.parse("2026-02-03T10:30:00Z");
        EventIds ids = new EventIds(Clock.fixed(now, ZoneOffset.UTC));

        String fromClock = ids.next();
        String same = ids.next(now);
        String later = ids.next(now.plusMillis(1));

        assertThat(fromClock).matches("evt_[0-9A-HJKMNP-TV-Z]{26}").isNotEqualTo(same);
        assertThat(fromClock.substring(0, 14)).isEqualTo(same.substring(0, 14));
        assertThat(later).isGreaterThan(fromClock).isGreaterThan(same);
    }

    @Test
    void aDerivedIdDependsOnTheContentNotOnKeyOrderOrWhitespaceNorOnWhenItIsMade() {
        Instant at = Instant.parse("2026-02-03T10:30:00.123Z");
        EventIds today = new EventIds(Clock.fixed(Instant.parse("2026-02-03T12:00:00Z"), ZoneOffset.UTC));
        EventIds tomorrow = new EventIds(Clock.fixed(Instant.parse("2026-02-04T12:00:00Z"), ZoneOffset.UTC));

        String id = today.derive("message.sent", "s1", "{\"a\":1,\"b\":{\"y\":[1,2],\"x\":\"z\"}}", at);

        assertThat(id).matches("evt_[0-9A-HJKMNP-TV-Z]{26}")
                .startsWith(EventIds.format(at.toEpochMilli(), new byte[10]).substring(0, 14));
        assertThat(tomorrow.derive("message.sent", "s1", "{ \"b\": {\"x\":\"z\", \"y\":[1,2]}, \"a\": 1 }", at))
                .isEqualTo(id);
        assertThat(List.of(
                today.derive("message.received", "s1", "{\"a\":1,\"b\":{\"y\":[1,2],\"x\":\"z\"}}", at),
                today.derive("message.sent", "s2", "{\"a\":1,\"b\":{\"y\":[1,2],\"x\":\"z\"}}", at),
                today.derive("message.sent", "s1", "{\"a\":1,\"b\":{\"y\":[2,1],\"x\":\"z\"}}", at),
                today.derive("message.sent", "s1", "{\"a\":1,\"b\":{\"y\":[1,2],\"x\":\"z\"}}", at.plusMillis(1))))
                .doesNotContain(id).doesNotHaveDuplicates();
    }

    @Test
    void fieldBoundariesCannotBeShiftedToGiveTwoEventsOneId() {
        Instant at = Instant.parse("2026-02-03T10:30:00Z");
        EventIds ids = new EventIds(Clock.systemUTC());

        assertThat(ids.derive("ab", "c", "null", at)).isNotEqualTo(ids.derive("a", "bc", "null", at));
    }
}
