package io.eventinspector.ui.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.replay.ReplayResult;
import io.eventinspector.replay.WebhookRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DryRunTextTest {
    @Test
    void the_request_head_is_the_preview_up_to_its_body_line_by_line() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("webhook-signature", "v1,c2lnbmF0dXJl");
        String body = "{\"id\":\"evt_1\",\"data\":{\"text\":\"Jos\u00e9\"}}";
        ReplayResult dry = new ReplayResult(new ReplayResult.Summary(true, 1, 0, 0, true, "Dry run"),
                new ReplayResult.Run("rp_1", 1, false, 0, false, 3), "https://user:pw@consumer.example/hook",
                new ReplayResult.Selection(1, "2026-11-26T10:00:00Z", "2026-11-26T10:00:00Z", List.of("evt_1")),
                new WebhookRequest(URI.create("https://user:pw@consumer.example/hook"), headers,
                        body.getBytes(StandardCharsets.UTF_8)), null);

        List<String> head = DryRunText.requestHead(dry);

        assertThat(head).hasSize(4).first().asString().startsWith("POST https://").doesNotContain("pw");
        assertThat(head).contains("Content-Type: application/json").last().isEqualTo("");
        assertThat(head.get(2)).startsWith("webhook-signature: v1,").doesNotContain("c2lnbmF0dXJl");
        assertThat(DryRunText.preview(dry)).isEqualTo(String.join("\n", head) + "\n" + body);
        assertThat(DryRunText.requestHead(null)).isEmpty();
    }
}
