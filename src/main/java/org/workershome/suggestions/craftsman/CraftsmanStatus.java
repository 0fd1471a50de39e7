package org.workershome.suggestions.craftsman;

import java.util.EnumSet;
import java.util.Set;

/**
 * 工匠: a self-nomination awaits two endorsements; under the panel's review; on public notice (公示); awarded for a term;
 * due for re-evaluation at term end; or rejected / expired.
 */
public enum CraftsmanStatus {
    ENDORSING, UNDER_REVIEW, ON_NOTICE, AWARDED, DUE_FOR_REVIEW, REJECTED, EXPIRED;

    /** Holding the title: in the talent pool and on the craftsman's record. */
    public static final Set<CraftsmanStatus> HOLDING = EnumSet.of(AWARDED, DUE_FOR_REVIEW);

    public boolean holding() {
        return HOLDING.contains(this);
    }
}
