package io.eventinspector.config;

import io.eventinspector.trace.MessageTraces;
import java.time.Duration;
import java.util.Optional;

/**
 * The stuck-after threshold of message traces and delivery health: this run's flag, else the user's saved
 * preference, else {@code WHATSAPP_TRACE_STUCK_AFTER} (a Go duration), else 5 minutes. The variable is validated
 * even when a flag or preference wins, so a bad value is found at start-up, not when it first matters.
 */
public final class TraceConfig {
    public static final String STUCK_AFTER = "WHATSAPP_TRACE_STUCK_AFTER";

    private TraceConfig() {
    }

    public static Duration stuckAfter(Env env, Optional<Duration> flag, Optional<Duration> saved) {
        Duration fromEnv = env.duration(STUCK_AFTER, MessageTraces.DEFAULT_STUCK_AFTER);
        return flag.or(() -> saved).orElse(fromEnv);
    }
}
