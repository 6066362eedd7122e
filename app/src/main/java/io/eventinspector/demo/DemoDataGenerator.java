package io.eventinspector.demo;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventIds;
import io.eventinspector.event.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Realistic demo events of every known type, streamed one at a time (memory does not grow with the count):
 * text and media messages, receipts and reactions that point at earlier messages of the same session,
 * presence, contacts, groups, and the connect/QR/sync lifecycle of each session. Events are spread over the
 * {@code days} before {@code end}, busier by day than by night, in time order with time-ordered ids.
 *
 * <p>The output is a pure function of the settings: the same seed and the same end give byte-identical events
 * (with the same Java version, as all randomness comes from one seeded {@link SplittableRandom}).
 *
 * <p>Receipts follow a delivery model ({@link DemoDelivery} holds every probability and delay): each sent
 * message plans its receipts with realistic delays, and the outgoing share of the traffic (47%) emits the
 * receipt due first, or sends a message when none is due. So every delivery anomaly the message trace reports
 * happens at the rates below, per sent message unless said otherwise. Measured: {@code generate --events 100000}
 * with the defaults (5 sessions, 7 days, seed 42) / 1,000,000 events, 5 sessions, 30 days (the benchmarks' store).
 * <table>
 * <caption>What the demo data shows: rate, and how it is made</caption>
 * <tr><th>What</th><th>Measured</th><th>How it is made</th></tr>
 * <tr><td>stuck</td><td>1.1% / 1.3%</td><td>1.2% of sent messages never get a receipt (and the odd one whose
 *     receipts fall after the end). Delivered later than 5 minutes (the recipient's phone was offline):
 *     7.0% / 7.8%.</td></tr>
 * <tr><td>failed</td><td>3.6% / 4.0%</td><td>4% get one {@code message.failed} (with {@code error.code} and
 *     {@code error.reason}) seconds to minutes later, and no other receipt.</td></tr>
 * <tr><td>out_of_order</td><td>1.5% / 1.4%</td><td>2% of the direct messages that are read get their delivered
 *     receipt 1–60 s after the read one.</td></tr>
 * <tr><td>duplicate</td><td>1.9% / 1.8%</td><td>1% of delivered and read receipts come again with the same data
 *     1 s – 10 min later (a gateway retrying its webhook).</td></tr>
 * <tr><td>disconnected</td><td>4.9% / 7.9%</td><td>Receipts that fall due while their session is between a
 *     disconnect (or expiry) and its reconnect wait until it is connected again; the rate follows the outage rate
 *     (about one per 100 events of a session) and the delays, and counts the stuck ones.</td></tr>
 * <tr><td>orphan</td><td>0.6% / 0.7% of receipts, 3% of reactions</td><td>0.4% of outgoing slots carry a read or
 *     delivered receipt, and 3% of reactions point at a message never generated (sent before the range).</td></tr>
 * <tr><td>receipt of 2–5 messages</td><td>11% / 15% of receipts (read 27% / 35%, delivered 3% / 6%)</td><td>A
 *     recipient's receipt takes later messages of the same chat until it is emitted (at most 5; {@code message_id}
 *     is the first of {@code message_ids}); 45% of sent messages follow up in the chat of the one before; a
 *     recipient's phone is offline for 5% of messages, and what is sent to it meanwhile is delivered
 *     together.</td></tr>
 * <tr><td>played</td><td>78% / 82% of read voice notes</td><td>80% of read voice notes (audio with {@code ptt})
 *     get {@code message.played} from the same recipient, 1 s – 1 h after the read.</td></tr>
 * <tr><td>group receipts</td><td>8% of sent messages, each from 2–3 participants</td><td>One in 12 sent messages goes
 *     to a group; 2 or 3 participants acknowledge it, each with its own receipts ({@code from} =
 *     {@code participant} = that member; 60% of them read it).</td></tr>
 * <tr><td>delivered, read</td><td>95%, 72% of sent messages</td><td>Read: 75% of direct messages.</td></tr>
 * <tr><td>time to delivered</td><td>p50 12 s / 8 s, p95 10 / 14 min, p99 1.1 / 1.2 h</td><td>Log-normal, median
 *     2.5 s (0.3 s – 3 min), or when an offline phone is back (median 10 min, 1 min – 8 h).</td></tr>
 * <tr><td>time to read</td><td>p50 9 / 10 min, p95 3 h, p99 9 / 10 h</td><td>Log-normal after the delivery,
 *     median 6 min (2 s – 2 days).</td></tr>
 * </table>
 */
public final class DemoDataGenerator implements Iterable<Event> {
    public static final int MAX_SESSIONS = 1_000;
    public static final int MAX_DAYS = 3_650;
    private static final long HOUR_MILLIS = Duration.ofHours(1).toMillis();
    /** The roll for the outgoing side: a due receipt, else a sent message. */
    private static final String RECEIPT_OR_SENT = "receipt or sent";
    /** Relative traffic per UTC hour: quiet nights, busy working hours, a lighter evening. */
    private static final double[] HOUR_WEIGHTS = {
        0.10, 0.08, 0.06, 0.05, 0.06, 0.15, 0.35, 0.70, 0.95, 1.00, 1.00, 0.95,
        0.90, 1.00, 1.00, 0.95, 0.90, 0.80, 0.65, 0.55, 0.45, 0.35, 0.25, 0.15};

    /** What to generate; the constructor validates every value and names the one that is wrong. */
    public record Settings(long events, int sessions, int days, long seed, Instant end) {
        public Settings {
            if (events < 0) {
                throw new ValidationException("events", "events must be 0 or more, got " + events);
            }
            if (sessions < 1 || sessions > MAX_SESSIONS) {
                throw new ValidationException("sessions", "sessions must be between 1 and " + MAX_SESSIONS
                        + ", got " + sessions);
            }
            if (days < 1 || days > MAX_DAYS) {
                throw new ValidationException("days", "days must be between 1 and " + MAX_DAYS + ", got " + days);
            }
            if (end == null) {
                throw new ValidationException("end", "end is required");
            }
            end = end.truncatedTo(ChronoUnit.MILLIS);
        }

        public Instant start() {
            return end.minus(Duration.ofDays(days));
        }
    }

    private final Settings settings;

    public DemoDataGenerator(Settings settings) {
        this.settings = settings;
    }

    /** The default end when none is given: now, truncated to the minute (so it differs run to run). */
    public static Instant defaultEnd(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MINUTES);
    }

    public Settings settings() {
        return settings;
    }

    /** A fresh run from the start; each iterator yields the same events. */
    @Override
    public Iterator<Event> iterator() {
        return new Run(settings);
    }

    /** One pass over the events; holds only the bounded per-session state. */
    private static final class Run implements Iterator<Event> {
        private final long total;
        private final SplittableRandom random;
        private final List<DemoSession> sessions;
        private final double[] sessionWeights;
        private final DemoClock clock;
        private final DemoReceiptQueue receipts = new DemoReceiptQueue();
        private long produced;

        Run(Settings settings) {
            total = settings.events();
            random = new SplittableRandom(settings.seed());
            sessions = new ArrayList<>(settings.sessions());
            sessionWeights = new double[settings.sessions()];
            double cumulative = 0;
            for (int i = 0; i < settings.sessions(); i++) {
                sessions.add(new DemoSession(sessionName(i), random, receipts));
                // Some sessions are much busier than others, as in a real gateway.
                cumulative += 1 / Math.sqrt(i + 1.0);
                sessionWeights[i] = cumulative;
            }
            clock = new DemoClock(settings.start().toEpochMilli(), settings.end().toEpochMilli());
        }

        private static String sessionName(int index) {
            List<String> names = DemoVocabulary.SESSION_NAMES;
            String name = names.get(index % names.size());
            return index < names.size() ? name : name + "-" + (index / names.size() + 1);
        }

        @Override
        public boolean hasNext() {
            return produced < total;
        }

        @Override
        public Event next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            // Stratified: event i falls in the i-th slice of the traffic curve, so times never go backwards.
            long millis = clock.at((produced + random.nextDouble()) / total);
            produced++;
            Instant time = Instant.ofEpochMilli(millis);
            DemoSession session = pickSession();
            String type;
            if (session.hasPlan()) {
                type = session.nextPlanned();
                if (!session.hasPlan()) {
                    receipts.reconnected(session);
                }
            } else {
                type = randomType(session);
            }
            DemoReceipt receipt = type.equals(RECEIPT_OR_SENT)
                    ? DemoDelivery.due(receipts, session, millis, random) : null;
            String data;
            if (receipt != null) {
                // The receipt due first, maybe of another session: receipts come when due, not when a session is busy.
                session = receipt.session;
                type = receipt.type();
                data = receipt.resentData != null ? receipt.resentData
                        : DemoPayloads.receipt(receipt, session, time, random);
                DemoDelivery.emitted(session, receipt, data, millis, random);
            } else {
                type = type.equals(RECEIPT_OR_SENT) ? "message.sent" : type;
                data = DemoPayloads.write(type, session, time, random);
            }
            byte[] entropy = new byte[10];
            random.nextBytes(entropy);
            return new Event(EventIds.format(millis, entropy), type, session.id, data, time);
        }

        private DemoSession pickSession() {
            double target = random.nextDouble() * sessionWeights[sessionWeights.length - 1];
            for (int i = 0; i < sessionWeights.length; i++) {
                if (target < sessionWeights[i]) {
                    return sessions.get(i);
                }
            }
            return sessions.get(sessions.size() - 1);
        }

        /**
         * A type by its share of real traffic; outages and expiries also plan the events that follow them. The
         * outgoing side is one share: a receipt when one is due (its messages' delays decide when), else a message
         * sent, so receipts follow the messages whatever their delays.
         */
        private String randomType(DemoSession session) {
            int roll = random.nextInt(1_000);
            if (roll < 320) {
                return "message.received";
            } else if (roll < 788) {
                return RECEIPT_OR_SENT;
            } else if (roll < 828) {
                return session.hasRecent() ? "message.reaction" : "message.received";
            } else if (roll < 958) {
                return "presence.update";
            } else if (roll < 973) {
                return "contact.update";
            } else if (roll < 978) {
                return "group.joined";
            } else if (roll < 982) {
                return "group.left";
            } else if (roll < 988) {
                return "sync.progress";
            } else if (roll < 998) {
                session.plan("session.disconnected", "connection.connecting", "connection.open",
                        "session.connected");
                return random.nextBoolean() ? "connection.closed" : "connection.error";
            }
            session.plan("connection.closed", "connection.connecting", "session.qr", "qr.code",
                    "session.qr_scanned", "session.authenticated", "connection.open", "session.connected",
                    "sync.progress");
            return "session.expired";
        }
    }

    /** Maps a fraction of all traffic to an instant, following {@link #HOUR_WEIGHTS}; asked in rising order. */
    private static final class DemoClock {
        private final long start;
        private final long end;
        private final double[] cumulative;
        private int bucket;
        private long last;

        DemoClock(long start, long end) {
            this.start = start;
            this.end = end;
            int buckets = (int) ((end - start + HOUR_MILLIS - 1) / HOUR_MILLIS);
            cumulative = new double[buckets + 1];
            for (int b = 0; b < buckets; b++) {
                long from = start + b * HOUR_MILLIS;
                long length = Math.min(end, from + HOUR_MILLIS) - from;
                int hour = (int) Math.floorMod(from / HOUR_MILLIS, 24L);
                cumulative[b + 1] = cumulative[b] + HOUR_WEIGHTS[hour] * length;
            }
            last = start;
        }

        long at(double fraction) {
            double target = fraction * cumulative[cumulative.length - 1];
            while (bucket < cumulative.length - 2 && cumulative[bucket + 1] < target) {
                bucket++;
            }
            double width = cumulative[bucket + 1] - cumulative[bucket];
            long from = start + bucket * HOUR_MILLIS;
            long length = Math.min(end, from + HOUR_MILLIS) - from;
            long millis = from + (long) ((target - cumulative[bucket]) / width * length);
            last = Math.min(end, Math.max(last, millis));
            return last;
        }
    }
}
