package io.eventinspector.config;

import io.eventinspector.api.ApiKeys;
import io.eventinspector.store.StoreUrl;
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

    /** The HTTP API's keys from {@code WHATSAPP_API_KEYS_MAP}; empty when unset. */
    public ApiKeys apiKeys() {
        return ApiKeySettings.read(env);
    }

    /** {@code WHATSAPP_EVENTS_ENABLED} (default true): whether new events may be stored. */
    public boolean eventsEnabled() {
        return env.bool("WHATSAPP_EVENTS_ENABLED", true);
    }
}
