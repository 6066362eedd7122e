package io.eventinspector.ui.trace;

import io.eventinspector.event.DeliveryStatus;
import io.eventinspector.trace.TraceStep;
import java.util.Locale;

/**
 * What a row of the timeline stands for, with its glyph (ticks like the phone's); its colour comes from the
 * stylesheet through {@link #styleClass()}.
 */
public enum StepKind {
    SENT("✓"), RECEIVED("↓"), DELIVERED("✓✓"), READ("✓✓"), PLAYED("▶"), FAILED("✕"), REACTION("♥"), OTHER("•"),
    DISCONNECTED("○"), CONNECTED("●");

    private static final String REACTION_TYPE = "message.reaction";

    private final String glyph;

    StepKind(String glyph) {
        this.glyph = glyph;
    }

    public static StepKind of(TraceStep step) {
        if (step.status().isPresent()) {
            return of(step.status().get());
        }
        return step.type().equals(REACTION_TYPE) ? REACTION : OTHER;
    }

    private static StepKind of(DeliveryStatus status) {
        return switch (status) {
            case SENT -> SENT;
            case RECEIVED -> RECEIVED;
            case DELIVERED -> DELIVERED;
            case READ -> READ;
            case PLAYED -> PLAYED;
            case FAILED -> FAILED;
            case PENDING -> OTHER;
        };
    }

    public String glyph() {
        return glyph;
    }

    /** {@code step-delivered}, {@code step-disconnected}, …. */
    public String styleClass() {
        return "step-" + name().toLowerCase(Locale.ROOT);
    }
}
