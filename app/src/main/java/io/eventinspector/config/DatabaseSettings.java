package io.eventinspector.config;

import io.eventinspector.store.StoreUrl;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which store to open: {@code --db}, else {@code WHATSAPP_DB_URL}, else {@code events.db} in the per-user data
 * folder ({@code $XDG_DATA_HOME/event-inspector}, {@code ~/.local/share/event-inspector}; the OS convention on
 * Windows and macOS). Credentials may also come from {@code WHATSAPP_DB_USER} / {@code WHATSAPP_DB_PASSWORD}.
 */
public final class DatabaseSettings {
    public static final String DB_URL = "WHATSAPP_DB_URL";
    public static final String DB_USER = "WHATSAPP_DB_USER";
    public static final String DB_PASSWORD = "WHATSAPP_DB_PASSWORD";

    private DatabaseSettings() {
    }

    public static StoreUrl resolve(Optional<String> flag, Env env) {
        String url = flag.filter(value -> !value.isBlank())
                .or(() -> env.get(DB_URL))
                .orElseGet(() -> defaultFile(env).toString());
        return StoreUrl.parse(url, env.get(DB_USER), env.get(DB_PASSWORD));
    }

    public static Path defaultFile(Env env) {
        return dataFolder(env).resolve("events.db");
    }

    static Path dataFolder(Env env) {
        String os = System.getProperty("os.name", "").toLowerCase();
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            return env.get("LOCALAPPDATA").map(Path::of).orElse(home.resolve("AppData/Local"))
                    .resolve("EventInspector");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/EventInspector");
        }
        return env.get("XDG_DATA_HOME").map(Path::of).orElse(home.resolve(".local/share"))
                .resolve("event-inspector");
    }
}
