package io.eventinspector.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each store's cleanup marks, kept between runs in the user's preferences. */
class UserRetentionPreferencesTest {
    private static final String STORE = "jdbc:postgresql://db.example:5432/events?user=alice&currentSchema="
            + "a_schema_name_long_enough_that_the_url_is_longer_than_a_preferences_node_name_may_be";
    private static final String OTHER = "jdbc:sqlite:/home/alice/events.db";

    private final Preferences node = Preferences.userRoot().node("io/eventinspector/test/" + UUID.randomUUID());

    @AfterEach
    void close() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void the_last_cleanup_and_the_pause_are_kept_per_store_across_runs() {
        UserRetentionPreferences first = new UserRetentionPreferences(node);
        assertThat(first.lastCleanup(STORE)).isEmpty();
        assertThat(first.paused(STORE)).isFalse();

        first.cleanedUp(STORE, Instant.parse("2026-11-26T02:00:00.123Z"));
        first.setPaused(STORE, true);

        UserRetentionPreferences next = new UserRetentionPreferences(node);
        assertThat(next.lastCleanup(STORE)).contains(Instant.parse("2026-11-26T02:00:00.123Z"));
        assertThat(next.paused(STORE)).isTrue();
        assertThat(next.lastCleanup(OTHER)).isEmpty();
        assertThat(next.paused(OTHER)).isFalse();

        next.setPaused(STORE, false);
        assertThat(new UserRetentionPreferences(node).paused(STORE)).isFalse();
    }

    @Test
    void a_hand_edited_time_that_does_not_parse_is_ignored() throws BackingStoreException {
        UserRetentionPreferences preferences = new UserRetentionPreferences(node);
        preferences.cleanedUp(STORE, Instant.parse("2026-11-26T02:00:00Z"));
        Preferences marks = node.node("stores").node(node.node("stores").childrenNames()[0]);
        marks.put("lastCleanup", "yesterday");

        assertThat(preferences.lastCleanup(STORE)).isEmpty();
    }
}
