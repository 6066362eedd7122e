package io.eventinspector.replay;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.eventinspector.store.Database;
import io.eventinspector.store.Failures;
import io.eventinspector.store.StoreException;
import io.eventinspector.store.StoreKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.InsertValuesStep8;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.SQLDataType;

/**
 * {@link ReplayHistory} in the {@code replays} and {@code replay_attempts} tables (migration V3) of a store,
 * with the store's time representation: epoch milliseconds on SQLite, {@code timestamptz} on PostgreSQL.
 */
public final class JooqReplayHistory implements ReplayHistory {
    /** Attempt rows per INSERT: 8 binds a row stays far below SQLite's bind-variable limit. */
    private static final int ROWS_PER_INSERT = 500;

    private final DSLContext dsl;
    private final String where;

    private final Table<Record> replays = table(name("replays"));
    private final Field<String> id = field(name("id"), SQLDataType.VARCHAR);
    private final Field<Instant> startedAt;
    private final Field<Instant> finishedAt;
    private final Field<String> initiator = field(name("initiator"), SQLDataType.VARCHAR);
    private final Field<String> apiKeyId = field(name("api_key_id"), SQLDataType.VARCHAR);
    private final Field<String> sessionId = field(name("filter_session_id"), SQLDataType.VARCHAR);
    private final Field<String> eventType = field(name("filter_event_type"), SQLDataType.VARCHAR);
    private final Field<Instant> since;
    private final Field<Instant> until;
    private final Field<Boolean> dryRun = field(name("dry_run"), SQLDataType.BOOLEAN);
    private final Field<String> target = field(name("target_url"), SQLDataType.VARCHAR);
    private final Field<Long> matched = field(name("events_matched"), SQLDataType.BIGINT);
    private final Field<Integer> found = field(name("events_found"), SQLDataType.INTEGER);
    private final Field<Integer> replayed = field(name("events_replayed"), SQLDataType.INTEGER);
    private final Field<Integer> failed = field(name("events_failed"), SQLDataType.INTEGER);
    private final Field<Integer> notAttempted = field(name("events_not_attempted"), SQLDataType.INTEGER);
    private final Field<Boolean> success = field(name("success"), SQLDataType.BOOLEAN);
    private final Field<Boolean> cancelled = field(name("cancelled"), SQLDataType.BOOLEAN);
    private final Field<String> message = field(name("message"), SQLDataType.VARCHAR);
    private final Field<Long> durationMs = field(name("duration_ms"), SQLDataType.BIGINT);

    private final Table<Record> attempts = table(name("replay_attempts"));
    private final Field<String> replayId = field(name("replay_id"), SQLDataType.VARCHAR);
    private final Field<Integer> seq = field(name("seq"), SQLDataType.INTEGER);
    private final Field<String> eventId = field(name("event_id"), SQLDataType.VARCHAR);
    private final Field<Integer> attempt = field(name("attempt"), SQLDataType.INTEGER);
    private final Field<Instant> attemptedAt;
    private final Field<Integer> httpStatus = field(name("http_status"), SQLDataType.INTEGER);
    private final Field<Long> latencyMs = field(name("latency_ms"), SQLDataType.BIGINT);
    private final Field<String> error = field(name("error"), SQLDataType.VARCHAR);

    public JooqReplayHistory(Database database) {
        this.dsl = database.dsl();
        this.where = database.where();
        DataType<Instant> instant = database.kind() == StoreKind.SQLITE
                ? SQLDataType.BIGINT.asConvertedDataType(
                        Converter.ofNullable(Long.class, Instant.class, Instant::ofEpochMilli, Instant::toEpochMilli))
                : SQLDataType.INSTANT;
        startedAt = field(name("started_at"), instant);
        finishedAt = field(name("finished_at"), instant);
        since = field(name("filter_since"), instant);
        until = field(name("filter_until"), instant);
        attemptedAt = field(name("attempted_at"), instant);
    }

    @Override
    public void started(ReplayRecord replay) {
        guard("record the start of replay " + replay.id(), () -> dsl.insertInto(replays)
                .set(id, replay.id())
                .set(startedAt, replay.startedAt())
                .set(initiator, replay.initiator().channel().name().toLowerCase())
                .set(apiKeyId, replay.initiator().apiKeyId().orElse(null))
                .set(sessionId, replay.filters().sessionId().orElse(null))
                .set(eventType, replay.filters().eventType().orElse(null))
                .set(since, replay.filters().since().orElse(null))
                .set(until, replay.filters().until().orElse(null))
                .set(dryRun, replay.dryRun())
                .set(target, replay.target().orElse(null))
                .set(matched, 0L).set(found, 0).set(replayed, 0).set(failed, 0).set(notAttempted, 0)
                .set(success, false).set(cancelled, false)
                .set(message, replay.outcome().message())
                .set(durationMs, 0L)
                .execute());
    }

    @Override
    public void finished(ReplayRecord replay, List<DeliveryAttempt> tries) {
        guard("record the result of replay " + replay.id(), () -> dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            for (int from = 0; from < tries.size(); from += ROWS_PER_INSERT) {
                InsertValuesStep8<Record, String, Integer, String, Integer, Instant, Integer, Long, String> insert =
                        tx.insertInto(attempts, replayId, seq, eventId, attempt, attemptedAt, httpStatus, latencyMs,
                                error);
                for (int i = from; i < Math.min(tries.size(), from + ROWS_PER_INSERT); i++) {
                    DeliveryAttempt a = tries.get(i);
                    insert = insert.values(replay.id(), i + 1, a.eventId(), a.attempt(), a.attemptedAt(),
                            a.httpStatus().isPresent() ? a.httpStatus().getAsInt() : null, a.latencyMs(),
                            a.error().orElse(null));
                }
                insert.execute();
            }
            return tx.update(replays)
                    .set(finishedAt, replay.finishedAt().orElse(null))
                    .set(matched, replay.outcome().counts().matched())
                    .set(found, replay.outcome().counts().found())
                    .set(replayed, replay.outcome().counts().replayed())
                    .set(failed, replay.outcome().counts().failed())
                    .set(notAttempted, replay.outcome().counts().notAttempted())
                    .set(success, replay.outcome().success())
                    .set(cancelled, replay.outcome().cancelled())
                    .set(message, replay.outcome().message())
                    .set(durationMs, replay.outcome().durationMs())
                    .where(id.eq(replay.id()))
                    .execute();
        }));
    }

    @Override
    public List<ReplayRecord> recent(int limit) {
        return guard("list replays", () -> dsl.select(replayColumns()).from(replays)
                .orderBy(startedAt.desc(), id.desc()).limit(limit).fetch(this::toRecord));
    }

    @Override
    public Optional<ReplayRecord> find(String replay) {
        return guard("read replay " + replay, () -> dsl.select(replayColumns()).from(replays).where(id.eq(replay))
                .fetchOptional(this::toRecord));
    }

    @Override
    public List<DeliveryAttempt> attempts(String replay) {
        return guard("read the attempts of replay " + replay, () -> dsl
                .select(eventId, attempt, attemptedAt, httpStatus, latencyMs, error)
                .from(attempts).where(replayId.eq(replay))
                .orderBy(seq)
                .fetch(row -> new DeliveryAttempt(row.value1(), row.value2(), row.value3(),
                        row.value4() == null ? OptionalInt.empty() : OptionalInt.of(row.value4()),
                        row.value5(), Optional.ofNullable(row.value6()), Optional.<Duration>empty())));
    }

    /** Typed columns, so each value comes back through its field's converter (epoch millis → Instant). */
    private List<Field<?>> replayColumns() {
        return List.of(id, startedAt, finishedAt, initiator, apiKeyId, sessionId, eventType, since, until, dryRun,
                target, matched, found, replayed, failed, notAttempted, success, cancelled, message, durationMs);
    }

    private ReplayRecord toRecord(Record row) {
        String channel = row.get(initiator);
        ReplayInitiator who = new ReplayInitiator(ReplayInitiator.Channel.valueOf(channel.toUpperCase()),
                Optional.ofNullable(row.get(apiKeyId)));
        ReplayRecord.Filters filters = new ReplayRecord.Filters(Optional.ofNullable(row.get(sessionId)),
                Optional.ofNullable(row.get(eventType)), Optional.ofNullable(row.get(since)),
                Optional.ofNullable(row.get(until)));
        ReplayRecord.Counts counts = new ReplayRecord.Counts(row.get(matched), row.get(found), row.get(replayed),
                row.get(failed), row.get(notAttempted));
        return new ReplayRecord(row.get(id), row.get(startedAt), Optional.ofNullable(row.get(finishedAt)), who,
                filters, row.get(dryRun), Optional.ofNullable(row.get(target)), new ReplayRecord.Outcome(counts,
                row.get(success), row.get(cancelled), row.get(message), row.get(durationMs)));
    }

    private <T> T guard(String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (DataAccessException e) {
            throw new StoreException("cannot " + what + " in " + where + ": " + Failures.rootMessage(e), e);
        }
    }

}
