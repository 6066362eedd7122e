package io.eventinspector.ui.replay;

import io.eventinspector.Services;
import io.eventinspector.config.ConfigException;
import io.eventinspector.event.ValidationException;
import io.eventinspector.replay.ReplayRequest;
import io.eventinspector.replay.ReplaySettings;
import io.eventinspector.replay.SignatureStyle;
import io.eventinspector.replay.WebhookSigner;
import java.net.URI;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Where a replay delivers and how it signs: the webhook URL, signature style and secret as typed, starting from
 * the configured {@code WHATSAPP_WEBHOOK_*} settings, and the replay settings they make once valid.
 */
final class ReplayTarget {
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final ObjectProperty<SignatureStyle> signatureStyle = new SimpleObjectProperty<>(this, "signatureStyle");
    private final StringProperty secret = new SimpleStringProperty(this, "secret", "");
    private final ReplaySettings defaults;
    private final Optional<String> configProblem;

    /** Starts from the settings of {@code open} (none: the plain defaults); a bad setting is kept as a problem. */
    ReplayTarget(Services open) {
        ReplaySettings configured = ReplaySettings.defaults(Optional.empty());
        Optional<String> problem = Optional.empty();
        if (open != null) {
            try {
                configured = open.config().replaySettings();
            } catch (ConfigException e) {
                problem = Optional.of("Ignoring the replay settings from the environment: " + e.getMessage());
            }
        }
        defaults = configured;
        configProblem = problem;
        url.set(defaults.webhookUrl().map(URI::toString).orElse(""));
        signatureStyle.set(defaults.signatureStyle());
        secret.set(defaults.secret().orElse(""));
    }

    /** Why the configured settings were not used, if they were not. */
    Optional<String> configProblem() {
        return configProblem;
    }

    /** The inputs a dry run depends on. */
    Observable[] inputs() {
        return new Observable[] {url, signatureStyle, secret};
    }

    /**
     * The replay settings the inputs make: the target and signing as typed, the rest (attempts, timeouts, rate)
     * as configured.
     *
     * @throws ValidationException naming the input that is missing or wrong
     */
    ReplaySettings settings() {
        if (url.get().isBlank()) {
            throw new ValidationException("webhook_url", "Enter the webhook URL to replay to");
        }
        URI target = ReplayRequest.webhookUrl("webhook_url", url.get());
        Optional<String> signingSecret = secret.get().isEmpty() ? Optional.empty() : Optional.of(secret.get());
        SignatureStyle style = signatureStyle.get() == null ? SignatureStyle.STANDARD : signatureStyle.get();
        try {
            signingSecret.ifPresent(key -> new WebhookSigner(style, key));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("secret", "invalid secret: " + e.getMessage());
        }
        return new ReplaySettings(Optional.of(target), signingSecret, style, defaults.maxAttempts(),
                defaults.timeout(), defaults.eventsPerSecond(), defaults.backoff(), defaults.appVersion());
    }

    StringProperty urlProperty() {
        return url;
    }

    ObjectProperty<SignatureStyle> signatureStyleProperty() {
        return signatureStyle;
    }

    StringProperty secretProperty() {
        return secret;
    }
}
