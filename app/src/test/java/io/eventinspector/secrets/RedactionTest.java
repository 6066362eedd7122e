package io.eventinspector.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {
    @Test
    void masksUserInfoOfAUrl() {
        assertThat(Redaction.url("http://user:pw@hooks.example:8080/in?x=1"))
                .isEqualTo("http://***@hooks.example:8080/in?x=1");
        assertThat(Redaction.url("https://ghp_abc123@hooks.example/in")).isEqualTo("https://***@hooks.example/in");
    }

    @Test
    void masksSecretNamedQueryParameters() {
        assertThat(Redaction.url("https://hooks.example/in?token=abc&event=x&api_key=k1&Signature=s"))
                .isEqualTo("https://hooks.example/in?token=***&event=x&api_key=***&Signature=***");
        assertThat(Redaction.url("jdbc:postgresql://db:5432/events?user=support&password=s3cr%26t&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/events?user=support&password=***&ssl=true");
    }

    @Test
    void masksSecretsInsideFreeText() {
        assertThat(Redaction.text("cannot connect to jdbc:postgresql://db/x?password=hunter2 refused"))
                .isEqualTo("cannot connect to jdbc:postgresql://db/x?password=*** refused");
        assertThat(Redaction.text("WHATSAPP_WEBHOOK_URL 'htp://a:b@c/?access_token=t' is not an absolute URL"))
                .isEqualTo("WHATSAPP_WEBHOOK_URL 'htp://***@c/?access_token=***' is not an absolute URL");
    }

    @Test
    void aSecretWithPunctuationOrAnAtSignIsMaskedWhole() {
        for (String password : new String[] {"ab;cd", "ab,cd", "ab#cd", "p:ss", "pa?ss"}) {
            assertThat(Redaction.url("jdbc:postgresql://db/x?user=u&password=" + password + "&ssl=true"))
                    .isEqualTo("jdbc:postgresql://db/x?user=u&password=***&ssl=true");
        }
        assertThat(Redaction.url("https://user:p@ss@hooks.example/in")).isEqualTo("https://***@hooks.example/in");
        assertThat(Redaction.url("https://user:pa#ss@hooks.example/in")).isEqualTo("https://***@hooks.example/in");
    }

    @Test
    void leavesTextWithoutSecretsAlone() {
        String plain = "https://hooks.example/in?event=message.sent&limit=10 failed: 500 Internal Server Error";
        assertThat(Redaction.text(plain)).isEqualTo(plain);
        assertThat(Redaction.text("someone@example.com wrote")).isEqualTo("someone@example.com wrote");
        assertThat(Redaction.text(null)).isNull();
    }

    @Test
    void maskingTwiceChangesNothing() {
        String once = Redaction.text("cannot connect to jdbc:postgresql://db/x?password=hunter2: refused");
        assertThat(Redaction.text(once + ": timeout")).isEqualTo(once + ": timeout");
    }
}
