package io.eventinspector.trace;

import java.util.Locale;

/** What can be wrong with a message's delivery; each {@link Anomaly} explains one in a sentence. */
public enum AnomalyKind {
    STUCK, FAILED, OUT_OF_ORDER, DUPLICATE, DISCONNECTED, ORPHAN;

    /** The name in JSON and on badges: {@code out_of_order}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
