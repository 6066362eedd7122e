package io.eventinspector.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidationTest {
    private static final String ESC = "\u001b";

    @Test
    void quotedValuesCannotDriveATerminal() {
        assertThat(Validation.quote(ESC + "[2J\r\nerror: forged\u0085\u007f")).isEqualTo(
                "\"\\u001b[2J\\u000d\\u000aerror: forged\\u0085\\u007f\"");
        assertThat(Validation.quote("plain \"x\" é ✓")).isEqualTo("\"plain \\\"x\\\" é ✓\"");
    }

    @Test
    void printableLeavesTextWithoutControlCharactersAsItIs() {
        String text = "évènement ✓ 😀";

        assertThat(Validation.printable(text)).isSameAs(text);
        assertThat(Validation.printable("a\tb")).isEqualTo("a\\u0009b");
    }
}
