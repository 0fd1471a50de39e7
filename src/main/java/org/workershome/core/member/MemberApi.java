package org.workershome.core.member;

import org.workershome.core.account.Role;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.workershome.core.account.Permissions;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.Access;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.workershome.core.db.Paging;

/**
 * Members as JSON. Reads are open to workers too: their data scope is their own member, so they see
 * themselves and nobody else. Personal data is masked except through {@code /personal-data}, which is audited.
 */
@RestController
@RequestMapping("/api/v1/members")
class MemberApi {
    private static final int MAX_PAGE_SIZE = 100;

    private final MemberManagement management;
    private final MemberViews views;

    private final Access access;

    MemberApi(MemberManagement management, MemberViews views, Access access) {
        this.access = access;
        this.management = management;
        this.views = views;
    }

    record MemberPage(List<MemberView> items, int page, int size, long total, int totalPages) {}

    record MemberUpdate(String name, Gender gender, String phone, LocalDate joinDate, String job, MemberStatus status,
            Long version) {}

    record PersonalData(Long id, String name, String idNumber, String phone) {}

    @GetMapping
    MemberPage list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long orgId, @RequestParam(required = false) String name,
            @RequestParam(required = false) MemberStatus status, @RequestParam(required = false) String idNumber,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        requireReader(user);
        PageRequest request = Paging.of(page, size, MAX_PAGE_SIZE, MemberManagement.LIST_ORDER);
        Page<Member> found = management.search(new MemberFilter(orgId, name, status, idNumber), request);
        return new MemberPage(views.of(found.getContent()), found.getNumber(), found.getSize(), found.getTotalElements(),
                found.getTotalPages());
    }

    @GetMapping("/{id}")
    MemberView get(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        requireReader(user);
        return views.of(management.get(id));
    }

    @PostMapping
    ResponseEntity<MemberView> create(@AuthenticationPrincipal CurrentUser user, @RequestBody MemberDraft draft,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        access.require(user, Permissions.MEMBER_WRITE);
        Member member = management.register(draft, key);
        return ResponseEntity.created(URI.create("/api/v1/members/" + member.getId())).body(views.of(member));
    }

    /** Replaces the editable fields; with {@code version}, a concurrent change answers 409. */
    @PutMapping("/{id}")
    MemberView update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestBody MemberUpdate body) {
        access.require(user, Permissions.MEMBER_WRITE);
        Member member = management.update(id, new MemberDraft(null, body.name(), body.gender(), null, body.phone(),
                body.joinDate(), body.job(), body.status()), body.version());
        return views.of(member);
    }

    @PostMapping("/{id}/transfer")
    MemberView transfer(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestBody TransferForm body) {
        access.require(user, Permissions.MEMBER_WRITE);
        if (body.toOrgId() == null) {
            throw org.workershome.core.error.InvalidInput.field("toOrgId", "member.orgId.required");
        }
        return views.of(management.transfer(id, body.toOrgId(), body.reason()));
    }

    @GetMapping("/{id}/transfers")
    List<TransferView> transfers(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        requireReader(user);
        return views.transfers(management.history(id));
    }

    @GetMapping("/{id}/personal-data")
    PersonalData personalData(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        access.require(user, Permissions.MEMBER_PERSONAL);
        Member member = management.revealPersonalData(id);
        return new PersonalData(member.getId(), member.getName(), member.getIdNumber(), member.getPhone());
    }

    /** Readers of members, and workers, whose data scope shows them only their own record. */
    private void requireReader(CurrentUser user) {
        if (!user.hasRole(Role.WORKER)) {
            access.require(user, Permissions.MEMBER_READ);
        }
    }
}
