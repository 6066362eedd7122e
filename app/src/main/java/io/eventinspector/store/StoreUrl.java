package io.eventinspector.store;

import io.eventinspector.secrets.Redaction;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a store lives, from {@code --db}: {@code jdbc:sqlite:PATH}, a bare file path (SQLite), or
 * {@code jdbc:postgresql://HOST[:PORT]/DB[?…]} with user and password in the URL or given separately. Every
 * message about a URL shows it {@link Redaction redacted}.
 */
public record StoreUrl(StoreKind kind, String jdbcUrl, Optional<Path> file, Optional<String> user,
                       Optional<String> password) {

    private static final String SQLITE_PREFIX = "jdbc:sqlite:";
    private static final String POSTGRES_PREFIX = "jdbc:postgresql:";
    /** {@code scheme://…}: a URL, never a file path (a path with a drive letter has no {@code //}). */
    private static final Pattern OTHER_URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+://.*", Pattern.DOTALL);

    public static StoreUrl parse(String text, Optional<String> user, Optional<String> password) {
        if (text == null || text.isBlank()) {
            throw new StoreException("database URL is empty: give --db jdbc:sqlite:PATH, a file path, or "
                    + "jdbc:postgresql://HOST:PORT/DB");
        }
        String trimmed = text.trim();
        if (trimmed.startsWith(POSTGRES_PREFIX)) {
            return new StoreUrl(StoreKind.POSTGRESQL, trimmed, Optional.empty(), user, password);
        }
        // Taken as a file path, postgresql://user:pw@host/db would become a SQLite file named after the password.
        boolean otherJdbc = trimmed.startsWith("jdbc:") && !trimmed.startsWith(SQLITE_PREFIX);
        if (otherJdbc || OTHER_URL.matcher(trimmed).matches()) {
            throw new StoreException("unsupported database URL " + Redaction.url(trimmed)
                    + ": only jdbc:sqlite:PATH, a file path, and jdbc:postgresql://… are supported");
        }
        String pathText = trimmed.startsWith(SQLITE_PREFIX) ? trimmed.substring(SQLITE_PREFIX.length()) : trimmed;
        if (pathText.startsWith("file:")) {
            try {
                pathText = URI.create(pathText).getPath();
            } catch (IllegalArgumentException e) {
                throw new StoreException("invalid database URL " + Redaction.url(trimmed) + ": not a valid file: URI");
            }
        }
        int query = pathText.indexOf('?');
        if (query >= 0) {
            pathText = pathText.substring(0, query);
        }
        if (pathText.isEmpty() || pathText.equals(":memory:")) {
            throw new StoreException("database URL " + Redaction.url(trimmed) + " names no file: an in-memory "
                    + "database would lose every event on exit");
        }
        Path file = Path.of(pathText).toAbsolutePath().normalize();
        return new StoreUrl(StoreKind.SQLITE, SQLITE_PREFIX + file, Optional.of(file), Optional.empty(),
                Optional.empty());
    }

    public static StoreUrl sqlite(Path file) {
        return parse(file.toString(), Optional.empty(), Optional.empty());
    }

    /** The URL without any password, fit for messages and logs. */
    public String redacted() {
        return Redaction.url(jdbcUrl);
    }

    /** A short name for titles: the file name, or {@code db@host} for PostgreSQL. */
    public String shortName() {
        if (file.isPresent()) {
            return file.get().getFileName().toString();
        }
        String rest = jdbcUrl.substring(POSTGRES_PREFIX.length());
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        rest = rest.startsWith("//") ? rest.substring(2) : rest;
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(slash + 1) + "@" + rest.substring(0, slash);
    }

    /** The PostgreSQL schema the URL selects with {@code currentSchema=…}, if any. */
    public Optional<String> currentSchema() {
        int query = jdbcUrl.indexOf('?');
        if (kind != StoreKind.POSTGRESQL || query < 0) {
            return Optional.empty();
        }
        for (String pair : jdbcUrl.substring(query + 1).split("&")) {
            if (pair.startsWith("currentSchema=")) {
                return Optional.of(pair.substring("currentSchema=".length()));
            }
        }
        return Optional.empty();
    }
}
