package org.workershome.hardship;

import org.springframework.stereotype.Component;
import org.workershome.core.scope.Scopes;

/**
 * One active file per household anywhere, read as the system: the household may have a file at another org, out
 * of the applicant's or the cadre's scope (the unique indexes hold the race; this answers 409 first).
 */
@Component
class ActiveFileCheck {

    private final HardshipFiles files;

    ActiveFileCheck(HardshipFiles files) {
        this.files = files;
    }

    boolean exists(String householdHash, Long memberId) {
        return Scopes.asSystem(() -> files.existsByActiveHouseholdHash(householdHash)
                || files.existsByActiveMemberId(memberId));
    }
}
