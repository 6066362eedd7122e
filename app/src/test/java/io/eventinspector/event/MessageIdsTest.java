package io.eventinspector.event;

import static org.assertj.core.api.Assertions.assertThat;

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
}
