package io.eventinspector.ui.events;

import io.eventinspector.ui.events.JsonSpan.Kind;
import io.eventinspector.ui.events.JsonSpan.Member;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The message id {@code event.MessageIds.of} finds in a payload, read from the payload's span instead of a parsed
 * tree: the detail pane has laid the payload out already, so only the few fields named here are read again, and a
 * 10 MB payload is not parsed a second time. The same rules, in the same order: a {@code message_id} or
 * {@code messageId} string, else a {@code message}/{@code key} object's {@code id}, else the first entry of a
 * receipt's {@code message_ids}/{@code messageIds}; blank is none.
 */
final class PayloadMessageId {
    private static final List<String> ID_FIELDS = List.of("message_id", "messageId");
    private static final List<String> ID_HOLDERS = List.of("message", "key");
    private static final List<String> ID_LISTS = List.of("message_ids", "messageIds");

    private PayloadMessageId() {
    }

    /** The id, or empty. */
    static String of(JsonSpan data) {
        if (data.kind() != Kind.OBJECT) {
            return "";
        }
        Map<String, JsonSpan> fields = fields(data);
        for (String field : ID_FIELDS) {
            if (isString(fields.get(field))) {
                return nonBlank(fields.get(field));
            }
        }
        for (String holder : ID_HOLDERS) {
            JsonSpan object = fields.get(holder);
            JsonSpan id = object != null && object.kind() == Kind.OBJECT ? fields(object).get("id") : null;
            if (isString(id)) {
                return nonBlank(id);
            }
        }
        for (String list : ID_LISTS) {
            JsonSpan array = fields.get(list);
            if (array != null && array.kind() == Kind.ARRAY && array.size() > 0) {
                JsonSpan first = array.members().get(0).value();
                if (isString(first)) {
                    return nonBlank(first);
                }
            }
        }
        return "";
    }

    /** An object's members by name; a repeated name counts with its last value, as a parsed tree has it. */
    private static Map<String, JsonSpan> fields(JsonSpan object) {
        Map<String, JsonSpan> fields = new HashMap<>();
        for (Member member : object.members()) {
            fields.put(member.name(), member.value());
        }
        return fields;
    }

    private static boolean isString(JsonSpan value) {
        return value != null && value.kind() == Kind.STRING;
    }

    private static String nonBlank(JsonSpan string) {
        String id = string.stringValue();
        return id.isBlank() ? "" : id;
    }
}
