package io.eventinspector.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.testing.OpenStoreContract;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * Histograms from the hourly counts (migration V5) against the same histograms counted from the events, on
 * both databases: for aligned and unaligned ranges, every filter the counts serve, after appends, duplicates,
 * retention deletes and a hand-made UPDATE, and for events stored before the migration.
 */
abstract class HistogramRollupContract extends OpenStoreContract {
    static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    static final List<String> TYPES = List.of("message.sent", "message.read", "presence.update");
    static final List<String> SESSIONS = List.of("s1", "s2", "s3");

    /** A URL of a new, empty database that no migration has touched yet. */
    protected abstract StoreUrl freshUrl();

    @Override
    protected Database open() {
        return Database.open(freshUrl());
    }

    /** {@code count} events, one every {@code stepSeconds} from {@code START + offsetSeconds}, ids from {@code first}. */
    static List<Event> events(int first, int count, long offsetSeconds, long stepSeconds) {
        List<Event> events = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            events.add(new Event("e" + i, TYPES.get(i % TYPES.size()), SESSIONS.get(i / 7 % SESSIONS.size()),
                    "{\"n\":" + i + "}", START.plusSeconds(offsetSeconds + (i - first) * stepSeconds)
                    .plusMillis(i % 1000)));
        }
        return events;
    }

    /** Every filter the hourly counts serve, over aligned and unaligned ranges, with hour, day and chosen buckets. */
    static List<EventQuery> queries() {
        List<EventQuery> queries = new ArrayList<>();
        List<Instant[]> ranges = List.of(
                new Instant[] {null, null},
                new Instant[] {START, START.plus(Duration.ofDays(2)).minusMillis(1)},
                new Instant[] {START.plusSeconds(3 * 3600 + 1234).plusMillis(5), START.plusSeconds(40 * 3600 + 17)},
                new Instant[] {START.plusSeconds(5 * 3600), START.plusSeconds(6 * 3600)},
                new Instant[] {START.plusSeconds(5 * 3600 + 60), START.plusSeconds(6 * 3600 + 59)},
                new Instant[] {START.plusSeconds(30 * 3600 + 1), null},
                new Instant[] {null, START.plusSeconds(20 * 3600 - 1)});
        for (Instant[] range : ranges) {
            EventQuery.Builder all = EventQuery.builder().since(range[0]).until(range[1]);
            queries.add(all.build());
            queries.add(all.build().toBuilder().type("message.read").build());
            queries.add(all.build().toBuilder().types(List.of("message.sent", "presence.update")).build());
            queries.add(all.build().toBuilder().sessionId("s2").build());
            queries.add(all.build().toBuilder().sessionId("s3").type("message.sent").build());
            queries.add(all.build().toBuilder().type("nothing.like.this").build());
        }
        return queries;
    }

    void assertSameAsCountedFromEvents() {
        EventStore direct = DirectHistograms.of(database);
        for (EventQuery query : queries()) {
            assertThat(store.count(query)).as("count " + query).isEqualTo(direct.count(query));
            assertThat(store.typeCounts(query)).as("type counts " + query).isEqualTo(direct.typeCounts(query));
            for (Optional<BucketSize> size : List.of(Optional.<BucketSize>empty(), Optional.of(BucketSize.HOUR),
                    Optional.of(BucketSize.DAY))) {
                Histogram histogram = store.histogram(query, size);
                assertThat(histogram).as(query + " " + size).isEqualTo(direct.histogram(query, size));
                assertThat(histogram.total()).as(query + " " + size).isEqualTo(store.count(query));
            }
        }
    }

    @Test
    void hourAndDayHistogramsEqualTheOnesCountedFromTheEvents() {
        store.append(events(0, 1_500, 0, 97));
        store.append(events(5_000, 400, 20 * 3600 + 11, 13));

        assertSameAsCountedFromEvents();
        assertThat(store.histogram(EventQuery.all(), Optional.empty()).total()).isEqualTo(1_900);
    }

    @Test
    void duplicatesRetentionDeletesAndUpdatesKeepTheCountsExact() {
        store.append(events(0, 1_500, 0, 97));
        AppendResult again = store.append(events(1_000, 1_000, 1_000 * 97, 97));
        assertThat(again).isEqualTo(new AppendResult(500, 500));
        assertSameAsCountedFromEvents();

        long deleted = store.deleteOlderThan(START.plusSeconds(9 * 3600 + 1_801).plusMillis(3));
        assertThat(deleted).isPositive();
        assertSameAsCountedFromEvents();

        database.dsl().execute("UPDATE events SET type = 'message.read', session_id = 's1'"
                + " WHERE id IN ('e1201', 'e1202', 'e1203')");
        assertSameAsCountedFromEvents();

        store.deleteOlderThan(START.plus(Duration.ofDays(30)));
        assertThat(store.histogram(EventQuery.all(), Optional.of(BucketSize.HOUR)).buckets()).isEmpty();
        assertThat(rollupRows()).as("emptied counts are deleted, not kept at zero").isZero();
    }

    @Test
    void theHourlyCountsServeWholeHoursAndTheEventsTheRest() {
        store.append(events(0, 300, 0, 60));
        // Tampering with the counts shows which path a histogram took.
        HourlyCounts c = new HourlyCounts(database.dialect());
        database.dsl().update(c.perType).set(c.eventCount, c.eventCount.plus(1000))
                .where(c.hourStart.eq(START)).and(c.type.eq("message.sent")).execute();
        EventQuery firstHours = EventQuery.builder().since(START).until(START.plusSeconds(4 * 3600 - 1)).build();
        EventStore events = DirectHistograms.of(database); // counts the events themselves

        assertThat(store.histogram(firstHours, Optional.of(BucketSize.HOUR)).total())
                .isEqualTo(events.count(firstHours) + 1000);
        assertThat(store.count(firstHours)).as("counts add up the hourly counts too")
                .isEqualTo(events.count(firstHours) + 1000);
        assertThat(store.typeCounts(firstHours)).as("and so do the counts per type")
                .contains(new TypeCount("message.sent", events.count(firstHours.toBuilder().type("message.sent")
                        .build()) + 1000, true));
        assertThat(store.count(EventQuery.all())).as("without time bounds, every hour comes from the counts")
                .isEqualTo(events.count(EventQuery.all()) + 1000);
        assertThat(store.histogram(firstHours, Optional.of(BucketSize.MINUTE)).total())
                .as("minute buckets count the events").isEqualTo(events.count(firstHours));
        assertThat(store.histogram(firstHours.toBuilder().since(START.plusMillis(1)).build(),
                Optional.of(BucketSize.HOUR)).total()).as("the first hour is partial now")
                .isEqualTo(events.count(firstHours.toBuilder().since(START.plusMillis(1)).build()));
        assertThat(store.histogram(firstHours.toBuilder().text("1").build(), Optional.of(BucketSize.HOUR)).total())
                .as("a text search counts the events").isEqualTo(events.count(firstHours.toBuilder().text("1").build()));
        assertThat(store.count(firstHours.toBuilder().text("1").build())).as("and so does its count")
                .isEqualTo(events.count(firstHours.toBuilder().text("1").build()));
    }

    @Test
    void theMigrationCountsTheEventsAlreadyStored() {
        StoreUrl url = freshUrl();
        StoreDialect dialect = StoreDialect.of(url.kind());
        var before = Flyway.configure().dataSource(url.jdbcUrl(), url.user().orElse(null), url.password().orElse(null))
                .locations(dialect.migrations()).target("3");
        url.currentSchema().ifPresent(schema -> before.schemas(schema).createSchemas(true));
        before.load().migrate();
        try (CloseableDSLContext old = DSL.using(url.jdbcUrl(), url.user().orElse(null), url.password().orElse(null))) {
            dialect.insertIgnoringDuplicates(old, new EventTable(dialect), events(0, 800, -3600, 111), START);
        }

        database.close();
        database = Database.open(url);
        store = database.events();

        assertSameAsCountedFromEvents();
        assertThat(store.histogram(EventQuery.all(), Optional.empty()).total()).isEqualTo(800);
    }

    /** Rows in the count tables, and unfolded changes where they are recorded. */
    long rollupRows() {
        HourlyCounts counts = new HourlyCounts(database.dialect());
        var dsl = database.dsl();
        return dsl.fetchCount(counts.perType) + dsl.fetchCount(counts.perSession)
                + counts.pendingChanges.map(dsl::fetchCount).orElse(0);
    }
}
