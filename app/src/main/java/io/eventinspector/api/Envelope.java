package io.eventinspector.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The two response shapes: {@code {"success":true,"data":…}} and {@code {"success":false,"error":{…}}}. */
public final class Envelope {
    private Envelope() {
    }

    public record Success(boolean success, Object data) {
        public Success(Object data) {
            this(true, data);
        }
    }

    public record Failure(boolean success, Error error) {
        public Failure(Error error) {
            this(false, error);
        }
    }

    /** {@code errors} lists per-item problems (e.g. {@code {index, error}} of a rejected ingest) when there are any. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Error(ErrorCode code, String message, List<?> errors) {
    }

    public static Failure failure(ApiException error) {
        return new Failure(new Error(error.code(), error.getMessage(), error.details()));
    }
}
