package io.eventinspector.trace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DelaysTest {
    @ParameterizedTest
    @CsvSource({
        "0, +0 ms",
        "350, +350 ms",
        "999, +999 ms",
        "1000, +1 s",
        "1200, +1.2 s",
        "59999, +59.9 s",
        "60000, +1 m",
        "245000, +4 m 5 s",
        "3599999, +59 m 59 s",
        "3600000, +1 h",
        "39420000, +10 h 57 m",
        "86399999, +23 h 59 m",
        "86400000, +1 d",
        "183600000, +2 d 3 h",
        "-300, -300 ms",
        "-1500, -1.5 s"})
    void delaysReadAsAPersonWouldSayThemCutNeverRoundedUp(long millis, String text) {
        assertThat(Delays.signed(millis)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"300000, 5 m", "90000, 1 m 30 s", "1500, 1.5 s"})
    void aLengthOfTimeHasNoSign(long millis, String text) {
        assertThat(Delays.format(millis)).isEqualTo(text);
    }
}
