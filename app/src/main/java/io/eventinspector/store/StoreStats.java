package io.eventinspector.store;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Totals of a store: events per type (sorted by type) and the first and last timestamp. */
public record StoreStats(long total, Map<String, Long> perType, Optional<Instant> first, Optional<Instant> last) {
    public StoreStats {
        perType = Map.copyOf(perType);
    }
}
