package io.eventinspector.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import io.eventinspector.event.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * The events of one {@code POST /api/events}: a JSON object, a JSON array, or NDJSON. Every item is validated
 * before anything is stored; when any is bad the whole request is refused with one {@code {index, error}} per
 * bad item ({@code index} counts items from 0; NDJSON items also carry their {@code line}). Parsing is strict:
 * content after the JSON value, a repeated field and a field the wire form does not have are all errors.
 */
final class IngestBody {
    /** One rejected item of the request. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemError(int index, Integer line, String error) {
    }

    private final EventJson json;

    IngestBody(EventJson json) {
        this.json = json;
    }

    List<Event> parseJson(String body) {
        JsonNode root;
        try {
            root = EventJson.readDocument(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(ErrorCode.INVALID_JSON, "request body is not valid JSON: "
                    + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new ApiException(ErrorCode.INVALID_INPUT, "request body is empty: send an event object, an array "
                    + "of events or NDJSON");
        }
        List<JsonNode> items = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(items::add);
        } else {
            items.add(root);
        }
        List<Event> events = new ArrayList<>(items.size());
        List<ItemError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                EventJson.rejectUnknownFields(items.get(i));
                events.add(json.fromNode(items.get(i)));
            } catch (ValidationException e) {
                errors.add(new ItemError(i, null, e.getMessage()));
            }
        }
        return checked(events, errors, items.size());
    }

    List<Event> parseNdjson(String body) {
        List<Event> events = new ArrayList<>();
        List<ItemError> errors = new ArrayList<>();
        int index = 0;
        int lineNumber = 0;
        for (String line : (Iterable<String>) body.lines()::iterator) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                events.add(strictEvent(line));
            } catch (ValidationException e) {
                errors.add(new ItemError(index, lineNumber, e.getMessage()));
            }
            index++;
        }
        return checked(events, errors, index);
    }

    private Event strictEvent(String line) {
        JsonNode node;
        try {
            node = EventJson.readDocument(line);
        } catch (JsonProcessingException e) {
            throw new ValidationException("json", "invalid JSON: " + e.getOriginalMessage());
        }
        EventJson.rejectUnknownFields(node);
        return json.fromNode(node);
    }

    private static List<Event> checked(List<Event> events, List<ItemError> errors, int items) {
        if (!errors.isEmpty()) {
            throw new ApiException(ErrorCode.INVALID_INPUT, errors.size() + " of " + items
                    + " events are invalid; nothing was stored", errors);
        }
        return events;
    }
}
