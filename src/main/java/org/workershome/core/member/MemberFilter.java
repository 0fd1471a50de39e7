package org.workershome.core.member;

/**
 * What a member list is narrowed to (page filters, API query and export alike); every part optional.
 *
 * @param orgId    an org; its whole subtree is included
 * @param name     part of the name
 * @param idNumber a full ID number, matched exactly through its blind index
 */
public record MemberFilter(Long orgId, String name, MemberStatus status, String idNumber) {

    public static final MemberFilter NONE = new MemberFilter(null, null, null, null);

    public boolean hasName() {
        return name != null && !name.isBlank();
    }

    public boolean hasIdNumber() {
        return idNumber != null && !idNumber.isBlank();
    }
}
