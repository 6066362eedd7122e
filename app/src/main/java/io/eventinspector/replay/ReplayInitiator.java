package io.eventinspector.replay;

import java.util.Objects;
import java.util.Optional;

/** Who started a replay, for the history: the command line, the desktop app, or an HTTP API key (by its id). */
public record ReplayInitiator(Channel channel, Optional<String> apiKeyId) {
    public enum Channel { CLI, UI, API }

    public ReplayInitiator {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(apiKeyId, "apiKeyId");
    }

    public static ReplayInitiator cli() {
        return new ReplayInitiator(Channel.CLI, Optional.empty());
    }

    public static ReplayInitiator ui() {
        return new ReplayInitiator(Channel.UI, Optional.empty());
    }

    public static ReplayInitiator apiKey(String keyId) {
        return new ReplayInitiator(Channel.API, Optional.of(keyId));
    }

    /** {@code cli}, {@code ui} or {@code api:<key id>}. */
    @Override
    public String toString() {
        return channel.name().toLowerCase() + apiKeyId.map(id -> ":" + id).orElse("");
    }
}
