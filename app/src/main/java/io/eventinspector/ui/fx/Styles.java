package io.eventinspector.ui.fx;

import io.eventinspector.event.EventType;
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
}
