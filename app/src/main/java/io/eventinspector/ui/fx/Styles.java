package io.eventinspector.ui.fx;

import io.eventinspector.event.DeliveryStatus;
import io.eventinspector.event.EventType;
import io.eventinspector.trace.AnomalyKind;
import java.util.Locale;

/** Style-class names shared by the views and {@code styles/app.css}; colours live in the stylesheet only. */
public final class Styles {
    public static final String STYLESHEET = "/styles/app.css";
    public static final String DARK = "dark";
    public static final String TYPE_CELL = "type-cell";
    public static final String TYPE_DOT = "type-dot";
    /** The JSON view (a list of lines); its tokens carry {@code json-key}, {@code json-string}, … (their kind). */
    public static final String JSON_VIEW = "json-view";
    public static final String ERROR_TEXT = "error-text";
    public static final String OUTCOME_PREFIX = "outcome-";
    public static final String VOLUME_CHART_PLOT = "volume-plot";
    public static final String VOLUME_BAR = "volume-bar";
    public static final String VOLUME_SEGMENT = "volume-segment";
    public static final String VOLUME_SELECTION = "volume-selection";
    public static final String VOLUME_CAPTION = "volume-caption";
    /** A row of a message's timeline; its glyph carries the step's kind ({@code step-read}, …). */
    public static final String TRACE_STEP = "trace-step";
    public static final String TRACE_GLYPH = "trace-glyph";
    public static final String TRACE_DELAY = "trace-delay";
    /** The connection band beside each row, {@code disconnected} while the session was. */
    public static final String TRACE_BAND = "trace-band";
    public static final String DISCONNECTED = "disconnected";
    /** The row of the event selected in the table. */
    public static final String TRACE_CURRENT = "trace-current";
    public static final String ANOMALY_BADGE = "anomaly-badge";
    public static final String STATUS_BADGE = "status-badge";
    public static final String HEALTH_TILE = "health-tile";
    public static final String HEALTH_TILE_VALUE = "health-tile-value";
    public static final String HEALTH_TILE_CAPTION = "health-tile-caption";
    public static final String HEALTH_TILE_DETAIL = "health-tile-detail";
    public static final String HEALTH_TILE_PROBLEM = "health-tile-problem";
    private static final String ANOMALY_PREFIX = "anomaly-";
    private static final String STATUS_PREFIX = "status-";

    private Styles() {
    }

    /** {@code family-message}, {@code family-presence}, …: the colour of a type everywhere it is shown. */
    public static String family(String type) {
        return "family-" + EventType.family(type).name().toLowerCase(Locale.ROOT);
    }

    /** {@code outcome-replayed}, {@code outcome-failed}, {@code outcome-not-attempted}: a replayed event's status. */
    public static String outcome(String status) {
        return OUTCOME_PREFIX + status.replace('_', '-');
    }

    /** The same class for a family itself, e.g. the volume chart's segments and legend. */
    public static String family(EventType.Family family) {
        return "family-" + family.name().toLowerCase(Locale.ROOT);
    }

    /** {@code anomaly-stuck}, {@code anomaly-out-of-order}, …: an anomaly badge's colour. */
    public static String anomaly(AnomalyKind kind) {
        return ANOMALY_PREFIX + kind.label().replace('_', '-');
    }

    /** {@code status-read}, {@code status-failed}, …: a message status badge's colour. */
    public static String status(DeliveryStatus status) {
        return STATUS_PREFIX + status.label();
    }

    /**
     * True for the classes {@link #anomaly}, {@link #status} and a timeline step's kind ({@code step-read}) give:
     * a reused cell removes them before it shows another value.
     */
    public static boolean isValueClass(String styleClass) {
        return styleClass.startsWith(ANOMALY_PREFIX) && !styleClass.equals(ANOMALY_BADGE)
                || styleClass.startsWith(STATUS_PREFIX) && !styleClass.equals(STATUS_BADGE)
                || styleClass.startsWith("step-");
    }
}
