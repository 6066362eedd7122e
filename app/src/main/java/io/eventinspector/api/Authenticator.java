package io.eventinspector.api;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the key of every request to a route that needs a role: {@code X-API-Key: KEY} or
 * {@code Authorization: Bearer KEY}. Without configured keys ({@code serve --no-auth}, loopback only) every
 * request acts as admin. The caller's role and key fingerprint are left on the request for the audit log.
 */
final class Authenticator {
    static final String CALLER = "eventinspector.caller";

    /** Who made a request, as the audit log shows it. */
    record Caller(String fingerprint, String role) {
        static final Caller ANONYMOUS = new Caller("-", "-");
    }

    private final Optional<ApiKeys> keys;

    /** {@code keys} empty means authentication is off. */
    Authenticator(Optional<ApiKeys> keys) {
        this.keys = keys;
    }

    void check(Context ctx) {
        Optional<Role> required = required(ctx.routeRoles());
        if (required.isEmpty()) {
            return;
        }
        if (keys.isEmpty()) {
            ctx.attribute(CALLER, new Caller("-", "open"));
            return;
        }
        String presented = presentedKey(ctx)
                .orElseThrow(() -> new ApiException(ErrorCode.MISSING_API_KEY,
                        "API key required: send it in the X-API-Key header or as Authorization: Bearer"));
        ApiKeys.Match match = keys.get().find(presented).orElse(null);
        if (match == null) {
            ctx.attribute(CALLER, new Caller(ApiKeys.fingerprint(presented), "-"));
            throw new ApiException(ErrorCode.INVALID_API_KEY, "invalid API key");
        }
        ctx.attribute(CALLER, new Caller(match.fingerprint(), match.role().label()));
        if (!match.role().covers(required.get())) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Insufficient permissions for this operation");
        }
    }

    private static Optional<Role> required(Set<RouteRole> roles) {
        return roles.stream().filter(Role.class::isInstance).map(Role.class::cast).min(Enum::compareTo);
    }

    private static Optional<String> presentedKey(Context ctx) {
        String header = ctx.header("X-API-Key");
        if (header != null && !header.isBlank()) {
            return Optional.of(header.trim());
        }
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && !authorization.substring(7).isBlank()) {
            return Optional.of(authorization.substring(7).trim());
        }
        return Optional.empty();
    }
}
