package io.eventinspector.api;

import java.util.List;

/** An error the API answers with: its code (and so its status), a message for people and optional details. */
public final class ApiException extends RuntimeException {
    private final ErrorCode code;
    private final List<?> details;

    public ApiException(ErrorCode code, String message) {
        this(code, message, List.of());
    }

    public ApiException(ErrorCode code, String message, List<?> details) {
        super(message, null, false, false);
        this.code = code;
        this.details = List.copyOf(details);
    }

    public ErrorCode code() {
        return code;
    }

    public List<?> details() {
        return details;
    }
}
