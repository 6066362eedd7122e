package io.eventinspector.trace;

/** One anomaly of a message, with a one-line explanation a person understands. */
public record Anomaly(AnomalyKind kind, String message) {
}
