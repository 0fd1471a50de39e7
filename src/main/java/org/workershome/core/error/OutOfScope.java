package org.workershome.core.error;

import org.springframework.http.HttpStatus;

/** A write to a record, or into an org, outside the caller's data scope (403). */
public class OutOfScope extends BusinessException {

    public OutOfScope() {
        super(HttpStatus.FORBIDDEN, "error.outOfScope");
    }
}
