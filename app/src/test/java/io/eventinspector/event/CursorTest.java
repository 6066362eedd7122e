package io.eventinspector.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {
    @Test
    void tokenRoundTripsTimestampAndIdEvenWithSeparatorsAndUnicodeInTheId() {
        Cursor cursor = new Cursor(Instant.parse("2026-02-03T10:30:00.123Z"), "evt:1/ü+?&=");

        String token = cursor.token();

        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.parse("cursor", token)).isEqualTo(cursor);
    }

    @Test
    void tokenOfAnEventIsItsPosition() {
        Event event = new Event("evt_9", "t", "s", "null", Instant.parse("1969-12-31T23:59:59.999Z"));

        assertThat(Cursor.parse("cursor", event.position().token())).isEqualTo(new Cursor(event.timestamp(), "evt_9"));
    }

    @Test
    void aTokenBeyondAnyFourDigitYearIsAValidationError() {
        String beyond = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                (Long.MAX_VALUE + ":evt_1").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Cursor goZeroTime = new Cursor(Instant.parse("0001-01-01T00:00:00Z"), "evt_0");

        assertThatThrownBy(() -> Cursor.parse("cursor", beyond)).isInstanceOf(ValidationException.class);
        assertThat(Cursor.parse("cursor", goZeroTime.token())).isEqualTo(goZeroTime);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a token!", "bm8tY29sb24", "OmlkLW9ubHk", "MTIzOg", "YWJjOmlk"})
    void aForeignTokenIsAValidationErrorNamingTheFieldAndValue(String token) {
        assertThatThrownBy(() -> Cursor.parse("cursor", token))
                .isInstanceOf(ValidationException.class)
                .hasMessage("invalid cursor: \"" + token + "\"")
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("cursor"));
    }
}
