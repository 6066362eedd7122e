package io.eventinspector.trace;

/** How many messages were delivered within {@code upToMs} (and above the previous bucket's bound). */
public record DelayBucket(String label, long upToMs, long messages) {
}
