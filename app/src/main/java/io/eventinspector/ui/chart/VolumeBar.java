package io.eventinspector.ui.chart;

import io.eventinspector.event.EventType;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * One bar of the volume chart: the time bucket {@code [start, end)} and its event counts per type family, the
 * segments stacked in {@link EventType.Family} order. Empty buckets are bars too, so gaps show as gaps.
 */
public record VolumeBar(Instant start, Instant end, Map<EventType.Family, Long> perFamily) {
    public VolumeBar {
        perFamily = perFamily.isEmpty() ? Map.of() : new EnumMap<>(perFamily);
    }

    public long total() {
        return perFamily.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(EventType.Family family) {
        return perFamily.getOrDefault(family, 0L);
    }
}
