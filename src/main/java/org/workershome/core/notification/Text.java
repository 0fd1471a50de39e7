package org.workershome.core.notification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A text to be shown later in its reader's language: a message key and its arguments, stored as such and rendered
 * when read (the inbox, the e-mail) rather than fixed in the sender's language. An argument is a string, a number or
 * another {@code Text} (a status or category name that must be translated too).
 */
public record Text(String key, List<Object> args) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Text {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a text needs a message key");
        }
        args = List.copyOf(args);
        for (Object arg : args) {
            if (!(arg instanceof String || arg instanceof Number || arg instanceof Text)) {
                throw new IllegalArgumentException("text arguments are strings, numbers or texts, not " + arg);
            }
        }
    }

    /** Nulls become empty strings, enums their names, anything else its string form. */
    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.stream(args).map(Text::argument).toList());
    }

    private static Object argument(Object arg) {
        if (arg == null) {
            return "";
        }
        if (arg instanceof String || arg instanceof Text) {
            return arg;
        }
        if (arg instanceof Integer || arg instanceof Long) {
            return ((Number) arg).longValue();
        }
        return arg instanceof Enum<?> e ? e.name() : arg.toString();
    }

    public String render(MessageSource messages, Locale locale) {
        Object[] rendered = args.stream().map(a -> a instanceof Text t ? t.render(messages, locale) : a).toArray();
        return messages.getMessage(key, rendered, key, locale);
    }

    /** The stored form: {"key": …, "args": [… strings, numbers, nested texts …]}. */
    public String toJson() {
        return JSON.writeValueAsString(node());
    }

    private ObjectNode node() {
        ObjectNode node = JSON.createObjectNode();
        node.put("key", key);
        ArrayNode list = node.putArray("args");
        for (Object arg : args) {
            if (arg instanceof Text t) {
                list.add(t.node());
            } else if (arg instanceof Number n) {
                list.add(n.longValue());
            } else {
                list.add((String) arg);
            }
        }
        return node;
    }

    public static Text fromJson(String json) {
        return json == null ? null : of(JSON.readTree(json));
    }

    private static Text of(JsonNode node) {
        List<Object> args = new ArrayList<>();
        for (JsonNode arg : node.get("args")) {
            args.add(arg.isObject() ? of(arg) : arg.isNumber() ? (Object) arg.longValue() : arg.asString());
        }
        return new Text(node.get("key").asString(), args);
    }
}
