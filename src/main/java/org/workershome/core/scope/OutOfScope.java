package org.workershome.core.scope;

import org.springframework.http.HttpStatus;
import org.workershome.core.web.BusinessException;

/** A write to a record, or into an org, outside the caller's data scope (403). */
public class OutOfScope extends BusinessException {

    public OutOfScope() {
        super(HttpStatus.FORBIDDEN, "error.outOfScope");
    }
}
