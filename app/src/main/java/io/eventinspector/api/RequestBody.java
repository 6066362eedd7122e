package io.eventinspector.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a POST body: only of a JSON media type (a web page can send {@code text/plain} or a form across sites
 * without asking, never JSON), in UTF-8, and at most {@link #MAX_BYTES}.
 */
final class RequestBody {
    private static final Logger LOG = LoggerFactory.getLogger(RequestBody.class);
    /** The largest body: 10 MiB, about 20,000 typical events. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final String JSON = "application/json";
    static final String NDJSON = "application/x-ndjson";
    /** The name registered since for NDJSON; taken like {@link #NDJSON}. */
    static final String NDJSON_REGISTERED = "application/ndjson";

    private RequestBody() {
    }

    /** The body as text once its media type is one of {@code accepted}; otherwise a 415 naming what to send. */
    static String read(Context ctx, Set<String> accepted, String expected) {
        String mediaType = mediaType(ctx);
        if (!accepted.contains(mediaType)) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content-Type "
                    + (mediaType.isEmpty() ? "is missing" : mediaType + " is not supported") + ": send " + expected);
        }
        String charset = charset(ctx);
        if (charset != null && !charset.equals("utf-8")) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "charset " + charset
                    + " is not supported: JSON is sent in UTF-8");
        }
        return bounded(ctx);
    }

    static String mediaType(Context ctx) {
        String header = ctx.header("Content-Type");
        if (header == null) {
            return "";
        }
        int semicolon = header.indexOf(';');
        return (semicolon < 0 ? header : header.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static String charset(Context ctx) {
        String header = ctx.header("Content-Type");
        for (String parameter : header.split(";")) {
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase("charset")) {
                return parameter.substring(equals + 1).trim().replace("\"", "").toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** Bytes that are not UTF-8 are refused, not stored as U+FFFD in place of what the sender meant. */
    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(ErrorCode.INVALID_JSON, "request body is not valid UTF-8");
        }
    }

    /** Refuses the body as soon as it is known to exceed the limit, whether announced or streamed. */
    private static String bounded(Context ctx) {
        if (ctx.req().getContentLengthLong() > MAX_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge();
            }
            return strictUtf8(bytes);
        } catch (IOException | BadMessageException e) {
            // Jetty's reason (an idle timeout, a too slow body) names its internals: the client gets a plain one.
            LOG.info("{} {} from {}: the request body could not be read: {}", ctx.method(), ctx.path(), ctx.ip(),
                    e.toString());
            throw new ApiException(ErrorCode.REQUEST_TIMEOUT, "the request body did not arrive in time or "
                    + "was cut off; send it again");
        }
    }

    private static ApiException tooLarge() {
        return new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "request body exceeds " + MAX_BYTES
                + " bytes (10 MiB): send the events in smaller batches");
    }
}
