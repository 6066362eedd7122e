package io.eventinspector.ui.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DelayTextTest {
    @Test
    void delays_read_in_at_most_two_units_cut_not_rounded() {
        assertThat(DelayText.of(0)).isEqualTo("0 ms");
        assertThat(DelayText.of(999)).isEqualTo("999 ms");
        assertThat(DelayText.of(1_000)).isEqualTo("1.0 s");
        assertThat(DelayText.of(1_299)).isEqualTo("1.2 s");
        assertThat(DelayText.of(9_999)).isEqualTo("9.9 s");
        assertThat(DelayText.of(10_000)).isEqualTo("10 s");
        assertThat(DelayText.of(59_999)).isEqualTo("59 s");
        assertThat(DelayText.of(60_000)).isEqualTo("1 m");
        assertThat(DelayText.of(192_500)).isEqualTo("3 m 12 s");
        assertThat(DelayText.of(3_600_000)).isEqualTo("1 h");
        assertThat(DelayText.of((10 * 60 + 57) * 60_000L + 59_999)).isEqualTo("10 h 57 m");
        assertThat(DelayText.of(86_400_000L * 2 + 3_600_000L * 4 + 1)).isEqualTo("2 d 4 h");
        assertThat(DelayText.of(86_400_000L * 400)).isEqualTo("400 d");
    }

    @Test
    void a_step_shows_its_delay_since_the_message_with_a_sign() {
        assertThat(DelayText.since(1_234)).isEqualTo("+1.2 s");
        assertThat(DelayText.since(39_420_000)).isEqualTo("+10 h 57 m");
        // A receipt stamped before its message (clocks of two machines): shown as it is, not hidden.
        assertThat(DelayText.since(-1_500)).isEqualTo("-1.5 s");
    }

    @Test
    void no_delay_is_a_dash() {
        assertThat(DelayText.of(OptionalLong.empty())).isEqualTo("–");
        assertThat(DelayText.of(OptionalLong.of(450))).isEqualTo("450 ms");
    }
}
