package io.eventinspector.event;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The key a mistyped one most likely meant: {@code sesion} → {@code session}, {@code dta.x} → {@code data.x}. */
final class KeySuggestions {
    private static final List<String> KEYS = List.of("session", "type", "id", "since", "until", "has", FieldPath.ROOT);
    /** Names people bring from the HTTP API's query string and similar tools. */
    private static final Map<String, String> ALIASES = Map.of(
            "session_id", "session", "event_type", "type", "event_id", "id", "after", "since", "before", "until");
    private static final int MAX_DISTANCE = 2;
    /** Longer keys are too far from every known key to compare. */
    private static final int MAX_COMPARED_LENGTH = 16;

    private KeySuggestions() {
    }

    /** The key {@code written} most likely meant (with its field path, for one of {@code data}), or null. */
    static String suggest(String written) {
        int dot = written.indexOf('.');
        String key = (dot < 0 ? written : written.substring(0, dot)).toLowerCase(Locale.ROOT);
        String rest = dot < 0 ? "" : written.substring(dot);
        String alias = ALIASES.get(key);
        if (alias != null && rest.isEmpty()) {
            return alias;
        }
        if (key.length() > MAX_COMPARED_LENGTH) {
            return null;
        }
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (String candidate : dot < 0 ? KEYS : List.of(FieldPath.ROOT)) {
            int distance = distance(key, candidate);
            if (distance < bestDistance && distance < Math.max(key.length(), 2)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best == null ? null : best + rest;
    }

    /** Edits (insert, delete, replace, swap two neighbours) from {@code a} to {@code b}: optimal string alignment. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
