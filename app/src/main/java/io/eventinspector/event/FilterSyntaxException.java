package io.eventinspector.event;

/**
 * A filter expression that cannot be read. It is a {@link ValidationException} of the field {@code filter}, so every
 * front end refuses it the way it refuses any other bad input (CLI exit 2, API 400 {@code INVALID_QUERY}).
 */
public final class FilterSyntaxException extends ValidationException {
    public static final String FIELD = "filter";

    private final FilterError error;

    public FilterSyntaxException(FilterError error) {
        super(FIELD, error.message());
        this.error = error;
    }

    public FilterError error() {
        return error;
    }

    public int column() {
        return error.column();
    }
}
