package io.eventinspector.trace;

import java.util.OptionalLong;

/** p50, p95 and max of a set of delays in milliseconds; empty when the set is. */
public record Percentiles(OptionalLong p50, OptionalLong p95, OptionalLong max) {
    public static final Percentiles NONE = new Percentiles(OptionalLong.empty(), OptionalLong.empty(),
            OptionalLong.empty());
}
