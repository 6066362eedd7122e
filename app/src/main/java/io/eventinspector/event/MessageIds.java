package io.eventinspector.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The WhatsApp messages an event is about, read from its payload, so the events of one message (sent, delivered,
 * read, reaction) can be found together. Gateways name it differently: a {@code message_id} or {@code messageId}
 * field, a {@code message}/{@code key} object's {@code id}, or a receipt's {@code message_ids} — one receipt can
 * acknowledge several messages at once, and every entry counts ({@link #all}), up to {@value #MAX_IDS}.
 */
public final class MessageIds {
    /**
     * The most messages one event is taken to be about. WhatsApp acknowledges a handful at once; a payload listing
     * a million ids (an import line may hold 11 MB) would otherwise become a million index rows in one append.
     */
    public static final int MAX_IDS = 1_000;
    /** The longest message id the index keeps; a longer one is no WhatsApp id (theirs are a few dozen characters). */
    public static final int MAX_ID_LENGTH = 255;
    private static final List<String> ID_FIELDS = List.of("message_id", "messageId");
    private static final List<String> ID_HOLDERS = List.of("message", "key");
    private static final List<String> ID_LISTS = List.of("message_ids", "messageIds");

    private MessageIds() {
    }

    public static Optional<String> of(String dataJson) {
        JsonNode data;
        try {
            data = EventJson.mapper().readTree(dataJson);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        return of(data);
    }

    /** The same for a payload already parsed (the desktop's detail pane has one: a large one is parsed once). */
    public static Optional<String> of(JsonNode data) {
        for (String field : ID_FIELDS) {
            if (data.path(field).isTextual()) {
                return nonBlank(data.get(field).asText());
            }
        }
        for (String holder : ID_HOLDERS) {
            if (data.path(holder).path("id").isTextual()) {
                return nonBlank(data.get(holder).get("id").asText());
            }
        }
        for (String list : ID_LISTS) {
            if (data.path(list).path(0).isTextual()) {
                return nonBlank(data.get(list).get(0).asText());
            }
        }
        return Optional.empty();
    }

    /**
     * Every message the payload is about, in payload order without repeats: the single id fields first, then each
     * entry of a receipt's list. Empty when the payload names none (or is not JSON).
     *
     * <p>The same as {@link #all(JsonNode)} of the parsed payload, read by a streaming parse that builds nothing and
     * skips every value but the id fields: ingest and the message index read each message event's payload with it.
     */
    public static List<String> all(String dataJson) {
        String[] singles = new String[ID_FIELDS.size() + ID_HOLDERS.size()];
        List<List<String>> lists = new ArrayList<>(ID_LISTS.size());
        ID_LISTS.forEach(list -> lists.add(null));
        try (JsonParser parser = EventJson.mapper().getFactory().createParser(dataJson)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return List.of();
            }
            // A repeated field replaces the earlier one, as it does in a parsed tree.
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                int field = ID_FIELDS.indexOf(name);
                int holder = ID_HOLDERS.indexOf(name);
                int list = ID_LISTS.indexOf(name);
                if (field >= 0) {
                    singles[field] = textOrSkip(parser, value);
                } else if (holder >= 0) {
                    singles[ID_FIELDS.size() + holder] = idOf(parser, value);
                } else if (list >= 0) {
                    lists.set(list, entries(parser, value));
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return collect(singles, lists);
    }

    /** The same for a payload already parsed. */
    public static List<String> all(JsonNode data) {
        Set<String> ids = new LinkedHashSet<>();
        of(data).ifPresent(ids::add);
        for (String list : ID_LISTS) {
            JsonNode entries = data.path(list);
            if (!entries.isArray()) {
                continue;
            }
            for (JsonNode entry : entries) {
                if (ids.size() == MAX_IDS) {
                    break;
                }
                if (entry.isTextual() && !entry.asText().isBlank()) {
                    ids.add(entry.asText());
                }
            }
        }
        return List.copyOf(ids);
    }

    /** The ids {@link #of(JsonNode)} and {@link #all(JsonNode)} would find among the values a stream read. */
    private static List<String> collect(String[] singles, List<List<String>> lists) {
        List<String> candidates = new ArrayList<>(singles.length + lists.size());
        for (String single : singles) {
            candidates.add(single);
        }
        for (List<String> entries : lists) {
            candidates.add(entries == null || entries.isEmpty() ? null : entries.get(0));
        }
        Set<String> ids = new LinkedHashSet<>();
        // The first text candidate is the message, as in of(): a blank one means none, not the next candidate.
        candidates.stream().filter(candidate -> candidate != null).findFirst()
                .flatMap(MessageIds::nonBlank).ifPresent(ids::add);
        for (List<String> entries : lists) {
            if (entries != null) {
                entries.stream().filter(entry -> entry != null && !entry.isBlank())
                        .takeWhile(entry -> ids.size() < MAX_IDS).forEach(ids::add);
            }
        }
        return List.copyOf(ids);
    }

    /** The text of a string value; null (the value skipped) for any other. */
    private static String textOrSkip(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        parser.skipChildren();
        return null;
    }

    /** The text {@code id} of an object value; null for any other value or an id that is not text. */
    private static String idOf(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        String id = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken member = parser.nextToken();
            if (name.equals("id")) {
                id = textOrSkip(parser, member);
            } else {
                parser.skipChildren();
            }
        }
        return id;
    }

    /** The entries of an array value, null for those that are not text; null for a value that is no array. */
    private static List<String> entries(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return null;
        }
        List<String> entries = new ArrayList<>();
        JsonToken entry;
        while ((entry = parser.nextToken()) != JsonToken.END_ARRAY && entry != null) {
            if (entries.size() < MAX_IDS) {
                entries.add(textOrSkip(parser, entry));
            } else {
                parser.skipChildren();
            }
        }
        return entries;
    }

    private static Optional<String> nonBlank(String id) {
        return id.isBlank() ? Optional.empty() : Optional.of(id);
    }
}
