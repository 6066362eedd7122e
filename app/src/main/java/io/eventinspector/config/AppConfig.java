package io.eventinspector.config;

import io.eventinspector.retention.RetentionOverrides;
import io.eventinspector.retention.RetentionPreferences;
import io.eventinspector.retention.RetentionSettings;
import io.eventinspector.replay.ReplaySettings;
import io.eventinspector.store.StoreUrl;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every environment variable the app reads, read and validated in one place at start-up. Front ends build one
 * of these and hand its values down; the core never reads the environment itself.
 */
public final class AppConfig {
    private final Env env;

    public AppConfig(Env env) {
        this.env = env;
    }

    public static AppConfig fromSystem() {
        return new AppConfig(Env.system());
    }

    public Env env() {
        return env;
    }

    /** The store to open: the flag if given, else {@code WHATSAPP_DB_URL}, else the default SQLite file. */
    public StoreUrl storeUrl(Optional<String> flag) {
        return DatabaseSettings.resolve(flag, env);
    }

    /**
     * The retention settings: defaults, then the user's saved {@code preferences}, then the
     * {@code WHATSAPP_EVENTS_*} variables that are set, then this run's {@code flags}.
     *
     * @throws ConfigException naming the variable, its bad value and what is expected
     */
    public RetentionSettings retention(RetentionPreferences preferences, RetentionOverrides flags) {
        return RetentionConfig.resolve(env, preferences, flags);
    }

    /** Where and how replays deliver: the {@code WHATSAPP_WEBHOOK_*} and {@code WHATSAPP_REPLAY_RATE} variables. */
    public ReplaySettings replaySettings() {
        return ReplayConfig.read(env);
    }

    /**
     * When an undelivered outgoing message counts as stuck: this run's {@code flag}, else the user's {@code saved}
     * preference, else {@code WHATSAPP_TRACE_STUCK_AFTER}, else 5 minutes.
     *
     * @throws ConfigException when the variable is set to something that is no duration greater than zero
     */
    public Duration traceStuckAfter(Optional<Duration> flag, Optional<Duration> saved) {
        return TraceConfig.stuckAfter(env, flag, saved);
    }

    /** The HTTP API's keys from {@code WHATSAPP_API_KEYS_MAP}; empty when unset. */
    public List<ApiKeySettings.Key> apiKeys() {
        return ApiKeySettings.read(env);
    }
}
