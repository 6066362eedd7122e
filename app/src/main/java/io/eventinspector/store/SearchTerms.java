package io.eventinspector.store;

import io.eventinspector.event.Validation;
import io.eventinspector.event.ValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code text} filter split into terms: each whitespace-separated part must occur in the payload, and a part
 * with punctuation inside ({@code +49 151}, {@code msg-abc-123}, {@code 491511@s.whatsapp.net}) must occur as
 * those words in that order. Matching is by whole word, ignoring case.
 */
public record SearchTerms(List<String> parts) {
    private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}]+");

    public SearchTerms {
        parts = List.copyOf(parts);
    }

    /** Parses the user's text; text without a single letter or digit is a {@link ValidationException}. */
    public static SearchTerms parse(String text) {
        List<String> parts = Arrays.stream(text.strip().split("\\s+"))
                .filter(part -> !words(part).isEmpty())
                .toList();
        if (parts.isEmpty()) {
            throw new ValidationException("text", "search text " + Validation.quote(text)
                    + " has no letters or digits to search for");
        }
        return new SearchTerms(parts);
    }

    /** The letters-and-digits words of one part, separated by single spaces (the indexes fold case themselves). */
    public static String words(String part) {
        return NOT_A_WORD_CHARACTER.matcher(part).replaceAll(" ").strip();
    }
}
