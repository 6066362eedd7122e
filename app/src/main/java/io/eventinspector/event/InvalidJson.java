package io.eventinspector.event;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * A stored payload that is not JSON (a gateway's own database can hold anything) travels as
 * {@code {"_invalid_json":"<the stored text>"}}: still valid JSON, so a page never fails and export stays
 * well-formed, and unmistakable, so front ends can show the text with a warning instead of as a payload.
 */
public final class InvalidJson {
    public static final String FIELD = "_invalid_json";

    private InvalidJson() {
    }

    /** The text as compact JSON when it is exactly one JSON value, else the marker object holding the text. */
    public static String compactOrMark(String text) {
        StringWriter writer = new StringWriter(text.length());
        try (JsonParser in = EventJson.mapper().getFactory().createParser(text);
             JsonGenerator out = EventJson.mapper().getFactory().createGenerator(writer)) {
            if (in.nextToken() == null) {
                return mark(text);
            }
            out.copyCurrentStructure(in);
            if (in.nextToken() != null) {
                return mark(text);
            }
        } catch (IOException e) {
            return mark(text);
        }
        return writer.toString();
    }

    /** {@code {"_invalid_json":"<text>"}}. */
    public static String mark(String text) {
        StringWriter writer = new StringWriter(text.length() + 20);
        try (JsonGenerator out = EventJson.mapper().getFactory().createGenerator(writer)) {
            out.writeStartObject();
            out.writeStringField(FIELD, text);
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writer.toString();
    }

    /** The stored text when {@code dataJson} is a marker made by {@link #mark}. */
    public static Optional<String> text(String dataJson) {
        if (!dataJson.startsWith("{\"" + FIELD + "\":")) {
            return Optional.empty();
        }
        try {
            JsonNode node = EventJson.mapper().readTree(dataJson);
            JsonNode text = node.get(FIELD);
            return node.size() == 1 && text != null && text.isTextual()
                    ? Optional.of(text.textValue()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
