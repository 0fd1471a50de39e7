package org.workershome.core.member;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.crypto.FieldEncryptor;
import org.workershome.core.org.Org;
import org.workershome.core.org.Orgs;
import org.workershome.core.scope.Scopes;
import org.workershome.core.web.Conflict;
import org.workershome.core.web.InvalidInput;
import org.workershome.core.web.NotFound;

/** Registers, edits and transfers real-name members, inside the caller's data scope. */
@Service
public class MemberManagement {

    private final Members members;
    private final MemberTransfers transfers;
    private final Orgs orgs;
    private final FieldEncryptor encryptor;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final Clock clock;

    MemberManagement(Members members, MemberTransfers transfers, Orgs orgs, FieldEncryptor encryptor, Scopes scopes,
            AuditTrail audit, Clock clock) {
        this.members = members;
        this.transfers = transfers;
        this.orgs = orgs;
        this.encryptor = encryptor;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    /** A member in the caller's scope; otherwise {@link NotFound}. */
    @Transactional(readOnly = true)
    public Member get(Long id) {
        return members.findById(id).orElseThrow(NotFound.of("member", id));
    }

    /**
     * Checks a draft against the rules that need no database: ID-card checksum, phone format, gender
     * matching the ID number. Field name → message key; empty when fine.
     */
    public static Map<String, String> ruleViolations(MemberDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<IdCardNumber> id = IdCardNumber.parse(draft.idNumber());
        if (id.isEmpty()) {
            errors.put("idNumber", "member.idNumber.invalid");
        } else if (draft.gender() != null && draft.gender() != id.get().gender()) {
            errors.put("gender", "member.gender.mismatch");
        }
        if (draft.phone() != null && !draft.phone().isBlank() && PhoneNumber.parse(draft.phone()).isEmpty()) {
            errors.put("phone", "member.phone.invalid");
        }
        return errors;
    }

    @Transactional
    public Member register(MemberDraft draft) {
        Map<String, String> errors = ruleViolations(draft);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        IdCardNumber id = IdCardNumber.parse(draft.idNumber()).orElseThrow();
        Org org = activeOrg(draft.orgId());
        String hash = encryptor.blindIndex(id.value());
        if (Scopes.asSystem(() -> members.existsByIdNumberHash(hash))) {
            throw InvalidInput.field("idNumber", "member.idNumber.duplicate");
        }
        Member member = new Member(org.getId(), draft.name().strip(), id.gender(), id, hash, phone(draft.phone()),
                draft.joinDate(), blankToNull(draft.job()), clock.instant());
        return members.save(member);
    }

    /** Registers many members at once: all or none (the caller validated them first). */
    @Transactional
    public List<Member> registerAll(List<MemberDraft> drafts) {
        return drafts.stream().map(this::register).toList();
    }

    @Transactional
    public Member update(Long id, MemberDraft draft, long expectedVersion) {
        Member member = writable(id);
        if (member.getVersion() != expectedVersion) {
            throw new Conflict("error.staleVersion");
        }
        Map<String, String> errors = ruleViolations(new MemberDraft(draft.orgId(), draft.name(), draft.gender(),
                member.getIdNumber(), draft.phone(), draft.joinDate(), draft.job(), draft.status()));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        member.edit(draft.name().strip(), draft.gender() == null ? member.getGender() : draft.gender(),
                phone(draft.phone()), draft.joinDate(), blankToNull(draft.job()),
                draft.status() == null ? member.getStatus() : draft.status(), clock.instant());
        return member;
    }

    /** Moves a member to another org and keeps the move in the member's history. */
    @Transactional
    public Member transfer(Long id, Long toOrgId, String reason) {
        Member member = writable(id);
        Org to = activeOrg(toOrgId);
        Long from = member.getOrgId();
        Instant now = clock.instant();
        member.transferTo(to.getId(), now);
        String by = SecurityContextHolder.getContext().getAuthentication() == null ? "system"
                : SecurityContextHolder.getContext().getAuthentication().getName();
        transfers.save(new MemberTransfer(member.getId(), from, to.getId(), blankToNull(reason), now, by));
        audit.record("MEMBER_TRANSFER", "Member", member.getId(), to.getId(), "org " + from + " → " + to.getId());
        return member;
    }

    @Transactional(readOnly = true)
    public List<MemberTransfer> history(Long memberId) {
        get(memberId);
        return transfers.findByMemberIdOrderByTransferredAtDesc(memberId);
    }

    /** The full ID number and phone, for roles that need them; every call is in the audit log. */
    @Transactional
    public Member revealPersonalData(Long id) {
        Member member = get(id);
        audit.record("PERSONAL_DATA_VIEW", "Member", id, member.getOrgId(), "idNumber, phone");
        return member;
    }

    /** Loads a member for a write: missing → 404, outside scope → 403. */
    private Member writable(Long id) {
        Member member = Scopes.asSystem(() -> members.findById(id)).orElseThrow(NotFound.of("member", id));
        scopes.checkWritable(member.getOrgId(), member.ownerMemberId());
        return member;
    }

    /** An org the caller may write into, that is still active. */
    private Org activeOrg(Long orgId) {
        Org org = Scopes.asSystem(() -> orgs.findById(orgId))
                .orElseThrow(() -> InvalidInput.field("orgId", "member.orgId.unknown"));
        scopes.checkWritable(org.getId(), null);
        if (!org.isActive()) {
            throw InvalidInput.field("orgId", "member.orgId.closed");
        }
        return org;
    }

    private static String phone(String raw) {
        return raw == null || raw.isBlank() ? null : PhoneNumber.parse(raw).orElseThrow();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
