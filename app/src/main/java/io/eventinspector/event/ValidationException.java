package io.eventinspector.event;

/** Bad input from a user, a file or a request. The message names the field and the bad value. */
public class ValidationException extends RuntimeException {
    private final String field;

    public ValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field or parameter that was wrong, e.g. {@code session_id} or {@code since}. */
    public String field() {
        return field;
    }
}
