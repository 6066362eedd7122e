package io.eventinspector.event;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;

/**
 * Makes ids for events that arrive without one: {@code evt_} + a ULID (48-bit millisecond time, 80 random bits,
 * Crockford base32). They sort by time, which also keeps primary-key inserts appending at the end of the index.
 */
public final class EventIds {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public EventIds(Clock clock) {
        this.clock = clock;
    }

    public String next() {
        return next(clock.instant());
    }

    public String next(Instant time) {
        byte[] entropy = new byte[10];
        random.nextBytes(entropy);
        return format(time.toEpochMilli(), entropy);
    }

    /** A ULID-style id from a time and 10 bytes of entropy; public so generators can make deterministic ids. */
    public static String format(long epochMillis, byte[] entropy) {
        char[] out = new char[4 + 26];
        "evt_".getChars(0, 4, out, 0);
        long time = epochMillis;
        for (int i = 9; i >= 0; i--) {
            out[4 + i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        long hi = 0;
        for (int i = 0; i < 5; i++) {
            hi = (hi << 8) | (entropy[i] & 0xff);
        }
        long lo = 0;
        for (int i = 5; i < 10; i++) {
            lo = (lo << 8) | (entropy[i] & 0xff);
        }
        for (int i = 7; i >= 0; i--) {
            out[14 + i] = ALPHABET[(int) (hi & 31)];
            hi >>>= 5;
            out[22 + i] = ALPHABET[(int) (lo & 31)];
            lo >>>= 5;
        }
        return new String(out);
    }
}
