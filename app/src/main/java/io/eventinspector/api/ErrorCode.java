package io.eventinspector.api;

/** The {@code error.code} values of the API, each with the HTTP status it is sent with. */
public enum ErrorCode {
    INVALID_INPUT(400),
    INVALID_QUERY(400),
    INVALID_JSON(400),
    MISSING_API_KEY(401),
    INVALID_API_KEY(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    /** A request body that did not arrive in time (stalled or trickled). */
    REQUEST_TIMEOUT(408),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    /** All export slots are taken; the answer carries {@code Retry-After}. */
    TOO_MANY_EXPORTS(429),
    PERSISTENCE_DISABLED(503),
    DATABASE_ERROR(503),
    /** A bug: logged with its stack trace on the server, reported to the client without one. */
    INTERNAL_ERROR(500);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
