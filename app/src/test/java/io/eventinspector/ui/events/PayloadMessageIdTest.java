package io.eventinspector.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.MessageIds;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PayloadMessageIdTest {
    @Test
    void finds_the_id_message_ids_finds_in_every_form_a_gateway_names_it() throws Exception {
        List<String> payloads = List.of(
                "{\"message_id\":\"A1\"}",
                "{\"messageId\":\"B1\",\"message_id\":\" \"}",
                "{\"message_id\":5,\"messageId\":\"B2\"}",
                "{\"message\":{\"from\":\"+49\",\"id\":\"C1\"}}",
                "{\"message\":{\"id\":5},\"key\":{\"remoteJid\":\"x\",\"id\":\"D1\"}}",
                "{\"message\":\"text\",\"key\":{\"id\":\"\\u0044\\u0032\"}}",
                "{\"message_ids\":[\"E1\",\"E2\"],\"status\":\"read\"}",
                "{\"message_ids\":[1,\"E3\"]}",
                "{\"message_ids\":[],\"messageIds\":[\"F1\"]}",
                "{\"message_id\":\"G1\",\"message_id\":\"G2\"}",
                "{\"message_id\":null,\"message\":{\"id\":\"H1\",\"id\":\"H2\"}}",
                "{\"presence\":\"available\"}",
                "[{\"message_id\":\"I1\"}]",
                "\"message_id\"",
                LargeEvents.message10Kb().dataJson(),
                LargeEvents.historySync6Mb().dataJson());

        for (String payload : payloads) {
            JsonSpan data = FoldedJson.layout(JsonText.of(payload), Set.of()).root();
            assertThat(PayloadMessageId.of(data)).as(payload.length() < 200 ? payload : "a large payload")
                    .isEqualTo(MessageIds.of(payload).orElse(""));
        }
        assertThat(PayloadMessageId.of(FoldedJson.layout(JsonText.of(payloads.get(5)), Set.of()).root()))
                .isEqualTo("D2");
    }
}
