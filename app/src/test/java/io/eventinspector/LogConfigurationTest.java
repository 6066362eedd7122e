package io.eventinspector;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;

class LogConfigurationTest {
    @Test
    void ourLogsAndTheAuditLogAtInfoTheRestAtWarnAllToStderr() {
        LoggerContext context = new LoggerContext();

        new LogConfiguration().configure(context);

        assertThat(context.getLogger("io.eventinspector.store.Database").getEffectiveLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("audit").getEffectiveLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("org.flywaydb.core").getEffectiveLevel()).isEqualTo(Level.WARN);
        ConsoleAppender<?> appender = (ConsoleAppender<?>) context.getLogger(Logger.ROOT_LOGGER_NAME)
                .getAppender("STDERR");
        assertThat(appender.getTarget()).isEqualTo("System.err");
        assertThat(appender.isStarted()).isTrue();
        assertThat(((PatternLayoutEncoder) appender.getEncoder()).getPattern()).isEqualTo(LogConfiguration.PATTERN);
    }

    @Test
    void theRunningAppIsConfiguredByIt() {
        LoggerContext running = (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();

        assertThat(running.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNotNull();
    }
}
