package io.eventinspector.config;

import io.eventinspector.event.ValidationException;
import io.eventinspector.replay.ReplayRequest;
import io.eventinspector.replay.ReplaySettings;
import io.eventinspector.replay.SignatureStyle;
import io.eventinspector.secrets.Redaction;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** Reads the replay target and delivery settings from the environment; each error names its variable. */
public final class ReplayConfig {
    public static final String WEBHOOK_URL = "WHATSAPP_WEBHOOK_URL";
    public static final String WEBHOOK_SECRET = "WHATSAPP_WEBHOOK_SECRET";
    public static final String WEBHOOK_SIGNATURE = "WHATSAPP_WEBHOOK_SIGNATURE";
    public static final String WEBHOOK_MAX_ATTEMPTS = "WHATSAPP_WEBHOOK_MAX_ATTEMPTS";
    public static final String WEBHOOK_TIMEOUT = "WHATSAPP_WEBHOOK_TIMEOUT";
    public static final String REPLAY_RATE = "WHATSAPP_REPLAY_RATE";
    private static final int MAX_ATTEMPTS_LIMIT = 20;

    private ReplayConfig() {
    }

    public static ReplaySettings read(Env env) {
        Optional<URI> url = env.get(WEBHOOK_URL).map(text -> {
            try {
                return ReplayRequest.webhookUrl(WEBHOOK_URL, text);
            } catch (ValidationException e) {
                // A mistyped URL still carries its token or password: the message shows it redacted.
                throw Env.invalid(WEBHOOK_URL, Redaction.url(text), "an absolute http:// or https:// URL");
            }
        });
        SignatureStyle style = env.get(WEBHOOK_SIGNATURE)
                .map(text -> SignatureStyle.parse(text).orElseThrow(() -> Env.invalid(WEBHOOK_SIGNATURE, text,
                        Arrays.stream(SignatureStyle.values()).map(SignatureStyle::id)
                                .collect(Collectors.joining(", ", "one of ", "")))))
                .orElse(SignatureStyle.STANDARD);
        Optional<String> secret = env.get(WEBHOOK_SECRET);
        secret.filter(value -> style == SignatureStyle.STANDARD && value.startsWith("whsec_"))
                .ifPresent(ReplayConfig::checkWhsec);
        int maxAttempts = env.integer(WEBHOOK_MAX_ATTEMPTS, ReplaySettings.DEFAULT_MAX_ATTEMPTS, 1,
                MAX_ATTEMPTS_LIMIT);
        Duration timeout = env.duration(WEBHOOK_TIMEOUT, ReplaySettings.DEFAULT_TIMEOUT);
        OptionalDouble rate = env.get(REPLAY_RATE).map(ReplayConfig::rate).orElse(OptionalDouble.empty());
        return new ReplaySettings(url, secret, style, maxAttempts, timeout, rate, ReplaySettings.DEFAULT_BACKOFF,
                AppVersion.current());
    }

    private static void checkWhsec(String secret) {
        try {
            java.util.Base64.getDecoder().decode(secret.substring("whsec_".length()));
        } catch (IllegalArgumentException e) {
            // Never echo a secret into a message or a log.
            throw new ConfigException("invalid " + WEBHOOK_SECRET + ": a whsec_ secret must be base64 after the "
                    + "prefix");
        }
    }

    private static OptionalDouble rate(String text) {
        try {
            double value = Double.parseDouble(text);
            if (value > 0 && Double.isFinite(value)) {
                return OptionalDouble.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Env.invalid(REPLAY_RATE, text, "events per second, a number greater than 0 (unset = unlimited)");
    }
}
