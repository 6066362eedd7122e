package io.eventinspector.ui.connection;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL store URLs as the desktop remembers them: without a password, which is filed in the
 * {@link CredentialStore} under {@code user@host:port/db} instead. Older versions kept it in the URL as
 * {@code password=…}; these helpers find it and take it out.
 */
public final class PostgresAccounts {
    private static final String PREFIX = "jdbc:postgresql:";

    private PostgresAccounts() {
    }

    public static boolean isPostgres(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith(PREFIX);
    }

    /** {@code user@host:port/db} (or {@code host:port/db} without a user): the key a password is filed under. */
    public static String account(String jdbcUrl) {
        String rest = jdbcUrl.substring(PREFIX.length());
        int query = rest.indexOf('?');
        String where = query < 0 ? rest : rest.substring(0, query);
        where = where.startsWith("//") ? where.substring(2) : where;
        return parameter(jdbcUrl, "user").map(user -> user + "@").orElse("") + where;
    }

    /** The password a URL carries in {@code password=…}, if any. */
    public static Optional<String> password(String jdbcUrl) {
        return isPostgres(jdbcUrl) ? parameter(jdbcUrl, "password") : Optional.empty();
    }

    /** The URL with every {@code password=…} parameter removed; other URLs unchanged. */
    public static String withoutPassword(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        if (!isPostgres(jdbcUrl) || query < 0) {
            return jdbcUrl;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : jdbcUrl.substring(query + 1).split("&")) {
            if (!pair.isEmpty() && !name(pair).equalsIgnoreCase("password")) {
                kept.add(pair);
            }
        }
        return jdbcUrl.substring(0, query) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }

    private static Optional<String> parameter(String jdbcUrl, String wanted) {
        int query = jdbcUrl.indexOf('?');
        if (query < 0) {
            return Optional.empty();
        }
        for (String pair : jdbcUrl.substring(query + 1).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && name(pair).equalsIgnoreCase(wanted)) {
                return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static String name(String pair) {
        int equals = pair.indexOf('=');
        return equals < 0 ? pair : pair.substring(0, equals);
    }
}
