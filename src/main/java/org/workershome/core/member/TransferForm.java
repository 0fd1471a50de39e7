package org.workershome.core.member;

/** Where a member moves to, and why (page form and API body). */
record TransferForm(Long toOrgId, String reason) {
}
