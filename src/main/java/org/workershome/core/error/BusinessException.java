package org.workershome.core.error;

import org.springframework.http.HttpStatus;

/**
 * A failure the user caused or can understand. Carries a message key, not text, so pages and the
 * API show it in the user's language; the handlers turn it into a page message or problem+json.
 */
public class BusinessException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] args;

    public BusinessException(HttpStatus status, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
