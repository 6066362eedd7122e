package io.eventinspector.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageIdsTest {
    @Test
    void findsTheMessageIdUnderEachNameGatewaysUse() {
        assertThat(MessageIds.of("{\"message_id\":\"3EB0A1\",\"chat_id\":\"49151@s.whatsapp.net\"}")).hasValue("3EB0A1");
        assertThat(MessageIds.of("{\"messageId\":\"wamid.HBgL\"}")).hasValue("wamid.HBgL");
        assertThat(MessageIds.of("{\"message\":{\"id\":\"M1\",\"body\":\"hi\"}}")).hasValue("M1");
        assertThat(MessageIds.of("{\"key\":{\"id\":\"K1\",\"fromMe\":true}}")).hasValue("K1");
        assertThat(MessageIds.of("{\"message_ids\":[\"R1\",\"R2\"],\"status\":\"read\"}")).hasValue("R1");
    }

    @Test
    void anEventAboutNoMessageHasNone() {
        assertThat(MessageIds.of("{\"presence\":\"available\",\"jid\":\"49151@s.whatsapp.net\"}")).isEmpty();
        assertThat(MessageIds.of("{\"message_id\":42}")).as("not text").isEmpty();
        assertThat(MessageIds.of("{\"message_id\":\"  \"}")).isEmpty();
        assertThat(MessageIds.of("[1,2]")).isEmpty();
    }

    @Test
    void everyEntryOfAReceiptCountsOnceInPayloadOrder() {
        assertThat(MessageIds.all("{\"message_ids\":[\"R1\",\"R2\",\"R1\",\" \",7]}")).containsExactly("R1", "R2");
        assertThat(MessageIds.all("{\"message_id\":\"R2\",\"message_ids\":[\"R1\",\"R2\"]}"))
                .containsExactly("R2", "R1");
        assertThat(MessageIds.all("{\"key\":{\"id\":\"K1\"}}")).containsExactly("K1");
        assertThat(MessageIds.all("{\"presence\":\"available\"}")).isEmpty();
        assertThat(MessageIds.all("not json")).isEmpty();
    }

    @Test
    void theStreamedReadFindsWhatTheParsedTreeDoes() throws Exception {
        List<String> payloads = List.of(
                "{\"message_id\":\"A\",\"message_ids\":[\"B\",\"A\"],\"messageIds\":[\"C\"]}",
                "{\"messageId\":\"A\",\"message\":{\"id\":\"M\"},\"key\":{\"id\":\"K\"}}",
                "{\"message\":{\"id\":7,\"body\":{\"id\":\"deep\"}},\"key\":{\"remote\":1,\"id\":\"K\"}}",
                "{\"message_id\":\" \",\"messageId\":\"next\",\"message_ids\":[\"L\"]}",
                "{\"message_id\":42,\"message_ids\":[7,\"L1\",null,{\"id\":\"x\"},[\"y\"],\"L2\"]}",
                "{\"message_ids\":[\" \",\"L1\"],\"messageIds\":[\"L2\"]}",
                "{\"message_ids\":[],\"messageIds\":[5,\"L2\"]}",
                "{\"message_ids\":{\"a\":\"not a list\"},\"message\":[\"not an object\"]}",
                "{\"message_id\":\"first\",\"message_id\":\"last\"}",
                "{\"message_ids\":[\"first\"],\"message_ids\":[\"last\"]}",
                "{\"message\\u005fid\":\"escaped key\",\"text\":\"quote \\\" and {braces} [brackets]\"}",
                "{\"nested\":{\"message_id\":\"not top level\"},\"list\":[{\"message_id\":\"nor here\"}]}",
                "[{\"message_id\":\"in an array\"}]", "\"text\"", "null", "12", "", "not json", "{\"message_id\":\"A\"",
                "{\"message_id\":\"A\"} trailing");
        for (String payload : payloads) {
            JsonNode tree;
            try {
                tree = EventJson.mapper().readTree(payload);
            } catch (JsonProcessingException e) {
                assertThat(MessageIds.all(payload)).as(payload).isEmpty();
                continue;
            }
            assertThat(MessageIds.all(payload)).as(payload).isEqualTo(MessageIds.all(tree));
        }
    }

    @Test
    void aPayloadNamingThousandsOfMessagesCountsTheFirstThousand() throws JsonProcessingException {
        StringBuilder json = new StringBuilder("{\"message_ids\":[");
        for (int i = 0; i < 5_000; i++) {
            json.append(i == 0 ? "" : ",").append("\"M").append(i).append('"');
        }
        String payload = json.append("],\"from\":\"x\"}").toString();

        List<String> ids = MessageIds.all(payload);

        assertThat(ids).hasSize(MessageIds.MAX_IDS).startsWith("M0", "M1").endsWith("M999");
        assertThat(MessageIds.all(EventJson.mapper().readTree(payload))).isEqualTo(ids);
    }
}
