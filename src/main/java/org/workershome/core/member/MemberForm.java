package org.workershome.core.member;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The register form. {@code requestToken} is a client token created with the form, so that a retried
 * submission can be recognised (see ARCHITECTURE: idempotent submissions).
 */
record MemberForm(Long orgId, String name, Gender gender, String idNumber, String phone,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinDate, String job, UUID requestToken) {

    static MemberForm blank(Long orgId) {
        return new MemberForm(orgId, null, null, null, null, null, null, UUID.randomUUID());
    }

    MemberDraft toDraft() {
        return new MemberDraft(orgId, name, gender, idNumber, phone, joinDate, job, null);
    }
}
