package io.eventinspector;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.sql.SQLException;
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
        assertThat(appender.getEncoder()).isInstanceOf(LayoutWrappingEncoder.class);
    }

    @Test
    void aLoggedFailureHasItsCredentialsMaskedStackTraceIncludedButTheAuditLineIsLeftAsIs() {
        LoggerContext context = new LoggerContext();
        new LogConfiguration().configure(context);
        @SuppressWarnings("unchecked")
        LayoutWrappingEncoder<ILoggingEvent> encoder = (LayoutWrappingEncoder<ILoggingEvent>)
                ((ConsoleAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR"))
                        .getEncoder();
        Logger cli = context.getLogger("io.eventinspector.cli.Cli");
        LoggingEvent failure = new LoggingEvent("x", cli, Level.ERROR, "unexpected failure: {}",
                new IllegalStateException("wrapped", new SQLException("bad url jdbc:postgresql://db/x?password=hunter2")),
                new Object[] {"jdbc:postgresql://u:hunter2@db/x"});
        LoggingEvent audit = new LoggingEvent("x", context.getLogger("audit"), Level.INFO,
                "key=9c63a9ca role=read GET /api/events 200 1.0ms", null, null);

        String line = encoder.getLayout().doLayout(failure);

        assertThat(line).doesNotContain("hunter2").contains("password=***").contains("//***@db/x")
                .contains("at io.eventinspector");
        assertThat(encoder.getLayout().doLayout(audit)).contains("key=9c63a9ca role=read");
    }

    @Test
    void theRunningAppIsConfiguredByIt() {
        LoggerContext running = (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();

        assertThat(running.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNotNull();
    }
}
