package org.workershome.core.member;

import java.time.LocalDate;

/**
 * A member as lists, exports and the API show it: ID number and phone masked, with the org's name and the
 * username of the linked account (null when the member has none).
 */
public record MemberView(Long id, String name, Gender gender, String idNumber, String phone, Long orgId,
        String orgName, String job, LocalDate joinDate, MemberStatus status, String username, long version) {
}
