package io.eventinspector.replay;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.eventinspector.secrets.Redaction;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One delivery exactly as it goes on the wire; also the dry run's preview. */
public record WebhookRequest(@JsonIgnore URI url, Map<String, String> headers, @JsonIgnore byte[] body) {
    public WebhookRequest {
        headers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
    }

    /**
     * This request fit to show (a dry run's preview): the URL without credentials and each signature masked, as
     * a shown signature could be replayed to the receiver. Header names and the body stay as sent.
     */
    public WebhookRequest redacted() {
        Map<String, String> shown = new java.util.LinkedHashMap<>();
        headers.forEach((name, value) -> shown.put(name, WebhookSigner.masked(name, value)));
        return new WebhookRequest(URI.create(Redaction.url(url.toString())), shown, body);
    }

    @JsonProperty("url")
    public String urlText() {
        return url.toString();
    }

    /** The body as text (it is UTF-8 JSON). */
    @JsonProperty("body")
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
