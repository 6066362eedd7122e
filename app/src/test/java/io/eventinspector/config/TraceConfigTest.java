package io.eventinspector.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stuck-after threshold: flag, then saved preference, then WHATSAPP_TRACE_STUCK_AFTER, then 5 minutes. */
class TraceConfigTest {
    private final Preferences node = Preferences.userRoot().node("io/eventinspector/test/" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void theFlagWinsThenTheSavedPreferenceThenTheVariableThenFiveMinutes() {
        AppConfig withVariable = new AppConfig(new Env(Map.of("WHATSAPP_TRACE_STUCK_AFTER", "1h30m")));
        AppConfig without = new AppConfig(new Env(Map.of()));

        assertThat(withVariable.traceStuckAfter(Optional.of(Duration.ofSeconds(90)), Optional.of(Duration.ofHours(2))))
                .isEqualTo(Duration.ofSeconds(90));
        assertThat(withVariable.traceStuckAfter(Optional.empty(), Optional.of(Duration.ofHours(2))))
                .isEqualTo(Duration.ofHours(2));
        assertThat(withVariable.traceStuckAfter(Optional.empty(), Optional.empty())).isEqualTo(Duration.ofMinutes(90));
        assertThat(without.traceStuckAfter(Optional.empty(), Optional.empty())).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aBadVariableIsAnErrorNamingItEvenWhenAFlagIsGiven() {
        AppConfig config = new AppConfig(new Env(Map.of("WHATSAPP_TRACE_STUCK_AFTER", "5 minutes")));

        assertThatThrownBy(() -> config.traceStuckAfter(Optional.of(Duration.ofMinutes(1)), Optional.empty()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("invalid WHATSAPP_TRACE_STUCK_AFTER=5 minutes: expected a duration such as 90s, 30m, 1h "
                        + "or 1h30m");
        assertThatThrownBy(() -> new AppConfig(new Env(Map.of("WHATSAPP_TRACE_STUCK_AFTER", "0s")))
                .traceStuckAfter(Optional.empty(), Optional.empty()))
                .hasMessageStartingWith("invalid WHATSAPP_TRACE_STUCK_AFTER=0s: expected a duration greater than zero");
    }

    @Test
    void theSavedThresholdIsKeptAsAGoDurationAndAHandEditedOneIsIgnored() {
        UserTracePreferences preferences = new UserTracePreferences(node);
        assertThat(preferences.load()).isEmpty();

        preferences.save(Duration.ofSeconds(90));

        assertThat(node.get("stuckAfter", null)).isEqualTo("1m30s");
        assertThat(new UserTracePreferences(node).load()).contains(Duration.ofSeconds(90));
        node.put("stuckAfter", "soon");
        assertThat(new UserTracePreferences(node).load()).isEmpty();
        assertThatThrownBy(() -> preferences.save(Duration.ZERO)).isInstanceOf(ConfigException.class);
    }
}
