package io.eventinspector.ui.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One node of the collapsible JSON tree: its label ({@code key: value} or {@code key {3}}), and its JSON path
 * ({@code $.data.message.body}, {@code $.items[0]}) for "copy path".
 */
public record JsonTreeNode(String label, String path, List<JsonTreeNode> children) {
    public static JsonTreeNode of(JsonNode root) {
        return build("$", "$", root);
    }

    private static JsonTreeNode build(String name, String path, JsonNode node) {
        List<JsonTreeNode> children = new ArrayList<>();
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                children.add(build(field.getKey(), path + segment(field.getKey()), field.getValue()));
            }
            return new JsonTreeNode(name + " {" + node.size() + "}", path, children);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                children.add(build("[" + i + "]", path + "[" + i + "]", node.get(i)));
            }
            return new JsonTreeNode(name + " [" + node.size() + "]", path, children);
        }
        return new JsonTreeNode(name + ": " + node, path, children);
    }

    private static String segment(String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + key : "['" + key.replace("'", "\\'") + "']";
    }
}
