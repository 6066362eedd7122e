package io.eventinspector.config;

import io.eventinspector.replay.ReplaySettings;
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

    /** Where and how replays deliver: the {@code WHATSAPP_WEBHOOK_*} and {@code WHATSAPP_REPLAY_RATE} variables. */
    public ReplaySettings replaySettings() {
        return ReplayConfig.read(env);
    }
}
