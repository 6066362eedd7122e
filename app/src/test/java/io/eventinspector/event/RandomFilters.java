package io.eventinspector.event;

import static io.eventinspector.event.FilterTextFixtures.NOW;

import io.eventinspector.event.FieldValue.BooleanValue;
import io.eventinspector.event.FieldValue.NullValue;
import io.eventinspector.event.FieldValue.NumberValue;
import io.eventinspector.event.FieldValue.TextValue;
import io.eventinspector.event.FieldValue.TimeValue;
import io.eventinspector.event.FieldValue.WildcardValue;
import io.eventinspector.event.FilterExpression.Not;
import io.eventinspector.event.FilterTerm.FieldTerm;
import io.eventinspector.event.FilterTerm.HasTerm;
import io.eventinspector.event.FilterTerm.IdTerm;
import io.eventinspector.event.FilterTerm.Operator;
import io.eventinspector.event.FilterTerm.SessionTerm;
import io.eventinspector.event.FilterTerm.SinceTerm;
import io.eventinspector.event.FilterTerm.TextTerm;
import io.eventinspector.event.FilterTerm.TypeTerm;
import io.eventinspector.event.FilterTerm.UntilTerm;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Expressions the parser can produce, built from a seed out of awkward pieces. Every {@code since} lies before every
 * {@code until} and every payload text has a letter, so any combination passes the parser's group checks.
 */
final class RandomFilters {
    private static final String[] PIECES = {
        "a", "Z", "0", "42", " ", "\t", "\n", "\"", "\\", "*", ",", "(", ")", ":", "-", "!", ">", "<", "=", ".",
        "ü", "🙂", "OR", "AND", "NOT", "true", "null", "3", "-5", "1e3", "data.", "'", "#", "é", "2026-02-03T10:00:00Z"
    };
    private static final String[] TYPES = {"message.sent", "message.", "presence.update", "a", "x-y_z.1"};
    private static final Instant SINCE_FROM = Instant.parse("2010-01-01T00:00:00Z");
    private static final Instant UNTIL_FROM = Instant.parse("2026-06-01T00:00:00Z");

    private final Random random;

    RandomFilters(long seed) {
        this.random = new Random(seed);
    }

    FilterExpression expression(int depth) {
        int kind = depth == 0 ? 0 : random.nextInt(4);
        return switch (kind) {
            case 1 -> FilterExpression.and(parts(depth));
            case 2 -> FilterExpression.or(parts(depth));
            case 3 -> new Not(expression(depth - 1));
            default -> term();
        };
    }

    private List<FilterExpression> parts(int depth) {
        List<FilterExpression> parts = new ArrayList<>();
        int count = 2 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            parts.add(expression(depth - 1));
        }
        return parts;
    }

    private FilterTerm term() {
        return switch (random.nextInt(9)) {
            case 0 -> new SessionTerm(awkward());
            case 1 -> new TypeTerm(TYPES[random.nextInt(TYPES.length)], random.nextBoolean());
            case 2 -> new IdTerm(awkward());
            case 3 -> random.nextBoolean()
                    ? SinceTerm.at(SINCE_FROM.plusMillis(random.nextInt(1_000_000_000)))
                    : ago(true, Duration.ofDays(1000 + random.nextInt(1000)).plusMillis(random.nextInt(100_000)));
            case 4 -> random.nextBoolean()
                    ? UntilTerm.at(UNTIL_FROM.plusMillis(random.nextInt(1_000_000_000)))
                    : ago(false, Duration.ofMillis(1 + random.nextInt(1_000_000_000)));
            case 5 -> new HasTerm(path());
            case 6 -> field();
            default -> new TextTerm(awkward() + "w");
        };
    }

    private static FilterTerm ago(boolean since, Duration duration) {
        Instant time = NOW.minus(duration);
        return since ? new SinceTerm(time, Optional.of(duration)) : new UntilTerm(time, Optional.of(duration));
    }

    private FieldTerm field() {
        FieldPath path = path();
        return switch (random.nextInt(7)) {
            case 0 -> FieldTerm.equal(path, new TextValue(random.nextInt(5) == 0 ? "" : awkward()));
            case 1 -> new FieldTerm(path, ordering(), number());
            case 2 -> FieldTerm.equal(path, new BooleanValue(random.nextBoolean()));
            case 3 -> FieldTerm.equal(path, new NullValue());
            case 4 -> new FieldTerm(path, ordering(), time());
            case 5 -> new FieldTerm(path, Operator.GLOB, wildcard());
            default -> FieldTerm.equal(path, number());
        };
    }

    private Operator ordering() {
        Operator[] operators = {Operator.EQ, Operator.GT, Operator.GE, Operator.LT, Operator.LE};
        return operators[random.nextInt(operators.length)];
    }

    private NumberValue number() {
        BigDecimal unscaled = BigDecimal.valueOf(random.nextLong() % 1_000_000_000L);
        return new NumberValue(unscaled.scaleByPowerOfTen(random.nextInt(11) - 5));
    }

    private TimeValue time() {
        long seconds = (long) (random.nextDouble() * Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
        return new TimeValue(Instant.ofEpochSecond(seconds, random.nextBoolean() ? 0 : random.nextInt(1_000_000_000)));
    }

    private WildcardValue wildcard() {
        List<String> literals = new ArrayList<>();
        int count = 2 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            literals.add(random.nextBoolean() ? "" : awkward());
        }
        return new WildcardValue(literals);
    }

    private FieldPath path() {
        List<String> names = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            names.add(random.nextBoolean() ? "key" + i : awkward());
        }
        return new FieldPath(names);
    }

    /** One to four pieces, so names and values mix letters, quotes, stars, spaces and keywords. */
    private String awkward() {
        StringBuilder out = new StringBuilder();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return out.toString();
    }
}
