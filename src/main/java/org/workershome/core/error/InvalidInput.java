package org.workershome.core.error;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

/** Input that breaks a rule, field by field (field name → message key). Nothing is written. */
public class InvalidInput extends BusinessException {

    private final Map<String, String> fieldErrors;

    public InvalidInput(Map<String, String> fieldErrors) {
        super(HttpStatus.BAD_REQUEST, "error.invalidInput");
        this.fieldErrors = new LinkedHashMap<>(fieldErrors);
    }

    public static InvalidInput field(String field, String messageKey) {
        return new InvalidInput(Map.of(field, messageKey));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
