package org.workershome.core.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * What is wrong with a submitted form, already in the reader's language: one message per field (the first rule it
 * broke) and messages about the form as a whole. Templates show it with {@code templates/form.html}: a field's
 * message with {@code ~{form :: error('name')}}, the whole form's with {@code ~{form :: summary}}.
 */
public final class FormErrors extends LinkedHashMap<String, String> {

    private final List<String> global = new ArrayList<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    void field(String field, String message) {
        putIfAbsent(field, message);
    }

    void global(String message) {
        global.add(message);
    }

    /** Messages about the whole form (a state conflict, a rule over several fields). */
    public List<String> getGlobal() {
        return List.copyOf(global);
    }

    public boolean hasAny() {
        return !isEmpty() || !global.isEmpty();
    }
}
