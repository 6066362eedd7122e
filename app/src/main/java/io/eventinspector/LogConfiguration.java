package io.eventinspector;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The logging set-up, in code: Logback finds it as a service before it looks for {@code logback.xml}. Reading
 * that file (Joran's XML parser and model) took 130-170 ms of every start, before the window or a command could
 * begin; this takes a few. {@code -Dlogback.configurationFile=…} still replaces it.
 */
public final class LogConfiguration extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSS'Z',UTC} %-5level %logger{20} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayout pattern = new PatternLayout();
        pattern.setContext(context);
        pattern.setPattern(PATTERN);
        pattern.start();
        RedactingLayout layout = new RedactingLayout(pattern);
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        // Logs go to stderr: stdout belongs to command output (summary lines, JSON, NDJSON).
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("io.eventinspector").setLevel(Level.INFO);
        // The HTTP API access audit log: one line per request (key fingerprint, role, method, path, status).
        context.getLogger(RedactingLayout.AUDIT_LOGGER).setLevel(Level.INFO);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
