package io.eventinspector;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.LayoutBase;
import io.eventinspector.secrets.Redaction;

/**
 * The log line, stack trace included, with credentials masked: an unexpected failure's message can quote a
 * driver's or a library's text, and that text can hold a URL with a password. The audit logger is left as
 * it is: its lines are built from redacted parts, and its {@code key=} is a fingerprint, not a key.
 */
final class RedactingLayout extends LayoutBase<ILoggingEvent> {
    static final String AUDIT_LOGGER = "audit";

    private final PatternLayout pattern;

    RedactingLayout(PatternLayout pattern) {
        this.pattern = pattern;
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        String line = pattern.doLayout(event);
        return AUDIT_LOGGER.equals(event.getLoggerName()) ? line : Redaction.text(line);
    }
}
