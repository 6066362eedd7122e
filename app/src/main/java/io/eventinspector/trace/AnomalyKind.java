package io.eventinspector.trace;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** What can be wrong with a message's delivery; each {@link Anomaly} explains one in a sentence. */
public enum AnomalyKind {
    STUCK, FAILED, OUT_OF_ORDER, DUPLICATE, DISCONNECTED, ORPHAN;

    /**
     * Worst first, the order of a trace's anomalies and of a health's problems: a failure is final, a stuck message
     * still waits, a disconnect explains a delay, an orphan is missing data; out of order and duplicate receipts are
     * the gateway's noise.
     */
    public static final Comparator<AnomalyKind> WORST_FIRST = Comparator.comparingInt(
            List.of(FAILED, STUCK, DISCONNECTED, ORPHAN, OUT_OF_ORDER, DUPLICATE)::indexOf);

    /** The name in JSON and on badges: {@code out_of_order}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
