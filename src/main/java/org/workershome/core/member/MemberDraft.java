package org.workershome.core.member;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** What a user types to register or edit a member (page form, API body and Excel row alike). */
@org.springframework.modulith.NamedInterface("member")
public record MemberDraft(
        @NotNull(message = "{member.orgId.required}") Long orgId,
        @NotBlank(message = "{member.name.required}") @Size(max = 50, message = "{member.name.size}") String name,
        Gender gender,
        @NotBlank(message = "{member.idNumber.required}") String idNumber,
        String phone,
        @PastOrPresent(message = "{member.joinDate.past}") LocalDate joinDate,
        @Size(max = 100, message = "{member.job.size}") String job,
        MemberStatus status) {
}
