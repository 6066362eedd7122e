package io.eventinspector.api;

import io.eventinspector.secrets.Redaction;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request on the {@code audit} logger (the spec's "audit access to event endpoints"): key
 * fingerprint, role, method, path with query, status and duration. The time comes from the log pattern; keys
 * themselves are never logged.
 */
final class AccessLog {
    private static final Logger AUDIT = LoggerFactory.getLogger("audit");

    private AccessLog() {
    }

    static void log(Context ctx, Float millis) {
        Authenticator.Caller found = ctx.attribute(Authenticator.CALLER);
        Authenticator.Caller caller = found == null ? Authenticator.Caller.ANONYMOUS : found;
        String query = ctx.queryString();
        // A caller may put a key or a token in the query string although the API never reads one there.
        AUDIT.info("key={} role={} {} {}{} {} {}ms", caller.fingerprint(), caller.role(), ctx.method(), ctx.path(),
                query == null ? "" : "?" + Redaction.text(query), ctx.statusCode(), tenths(millis));
    }

    /** {@code 12.3}: String.format took half of this log line's CPU, which is paid on every request. */
    static String tenths(float millis) {
        long tenths = Math.round(millis * 10.0);
        return tenths / 10 + "." + tenths % 10;
    }
}
