package io.eventinspector.event;

import java.util.Optional;

/**
 * What is wrong with a filter expression and where: the 1-based column (in characters as a person counts them, so
 * an emoji is one) where the problem starts or where something is missing, the problem, and a hint when one helps.
 * Front ends mark the column in the field as the user types; the CLI and the API print {@link #message()}.
 */
public record FilterError(int column, String problem, Optional<String> hint) {

    public FilterError {
        if (column < 1) {
            throw new IllegalArgumentException("column " + column + " is before the first column");
        }
    }

    /** {@code unknown key 'sesion' at column 1 — did you mean 'session'?} */
    public String message() {
        return problem + " at column " + column + hint.map(text -> " — " + text).orElse("");
    }
}
