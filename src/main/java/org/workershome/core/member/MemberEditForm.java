package org.workershome.core.member;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The edit form; {@code version} is the one the user saw, so a concurrent edit is refused, not overwritten.
 * The phone starts empty (the page shows it masked) and an empty phone keeps the one on record: editing must
 * not show personal data in full.
 */
record MemberEditForm(String name, Gender gender, String phone,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinDate, String job, MemberStatus status,
        Long version) {

    static MemberEditForm from(Member m) {
        return new MemberEditForm(m.getName(), m.getGender(), null, m.getJoinDate(), m.getJob(), m.getStatus(),
                m.getVersion());
    }

    MemberDraft toDraft(Member current) {
        String newPhone = phone == null || phone.isBlank() ? current.getPhone() : phone;
        return new MemberDraft(current.getOrgId(), name, gender, null, newPhone, joinDate, job, status);
    }
}
