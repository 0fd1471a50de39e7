package org.workershome.core.member;

import org.workershome.core.idempotency.IdempotentSubmissions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.crypto.FieldEncryptor;
import org.workershome.core.db.CappedPage;
import org.workershome.core.db.LongLists;
import org.workershome.core.org.Org;
import org.workershome.core.org.Orgs;
import org.workershome.core.scope.Scopes;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;

/** Registers, edits and transfers real-name members, inside the caller's data scope. */
@Service
@org.springframework.modulith.NamedInterface("member")
public class MemberManagement {

    private final Members members;
    private final MemberTransfers transfers;
    private final Orgs orgs;
    private final FieldEncryptor encryptor;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final Clock clock;
    private final IdempotentSubmissions submissions;
    private final Validator validator;
    private final LongLists longLists;

    /**
     * Lists sort by name; the id keeps pages stable between equal names. Not by org first: with a province's
     * 5,000 orgs in scope, PostgreSQL would read every org of the subtree and sort before the first row — by name
     * it reads index {@code member_name_ix} in order and stops after the page (bench/README.md).
     */
    public static final Sort LIST_ORDER = Sort.by("name", "id");
    /** Rows of an export are read and written this many at a time. */
    static final int EXPORT_CHUNK = 1000;

    MemberManagement(Members members, MemberTransfers transfers, Orgs orgs, FieldEncryptor encryptor, Scopes scopes,
            AuditTrail audit, Clock clock, Validator validator,
            IdempotentSubmissions submissions, LongLists longLists) {
        this.submissions = submissions;
        this.longLists = longLists;
        this.members = members;
        this.transfers = transfers;
        this.orgs = orgs;
        this.encryptor = encryptor;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
        this.validator = validator;
    }

    /** Members in the caller's scope that match the filter, a page at a time. */
    @Transactional(readOnly = true)
    public Page<Member> search(MemberFilter filter, Pageable pageable) {
        Optional<Specification<Member>> spec = specification(filter);
        return spec.isEmpty() ? Page.empty(pageable) : members.findAll(spec.get(), pageable);
    }

    /** A page of the list: the count stops at {@link LongLists#CAP} ("10,000+"), however large the scope. */
    @Transactional(readOnly = true)
    public CappedPage<Member> page(MemberFilter filter, int page, int size) {
        Optional<Specification<Member>> spec = specification(filter);
        return spec.isEmpty() ? new CappedPage<>(List.of(), 0, size, 0, false)
                : longLists.page(Member.class, spec.get(), page, size, LIST_ORDER);
    }

    /**
     * Every member matching the filter (up to {@code max}), for an export, handed to {@code chunks}
     * {@value #EXPORT_CHUNK} at a time while they are read: memory holds one chunk, not the export. The export is
     * audited with the number of rows.
     */
    @Transactional
    public long export(MemberFilter filter, int max, Consumer<List<Member>> chunks) {
        Optional<Specification<Member>> spec = specification(filter);
        long rows = spec.isEmpty() ? 0
                : longLists.inChunks(Member.class, spec.get(), LIST_ORDER, max, EXPORT_CHUNK, chunks);
        audit.record("MEMBER_EXPORT", "Member", null, filter.orgId(),
                "rows=" + rows + ", org=" + filter.orgId() + ", name=" + (filter.hasName() ? filter.name() : "")
                        + ", status=" + (filter.status() == null ? "" : filter.status())
                        + (filter.hasIdNumber() ? ", idNumber" : ""));
        return rows;
    }

    /** Empty when the filter cannot match anything (an org outside the scope). */
    private Optional<Specification<Member>> specification(MemberFilter filter) {
        String orgPath = null;
        if (filter.orgId() != null) {
            Optional<Org> org = orgs.findById(filter.orgId());
            if (org.isEmpty()) {
                return Optional.empty();
            }
            orgPath = org.get().getPath();
        }
        String subtree = orgPath;
        String name = filter.hasName() ? "%" + filter.name().strip().toLowerCase().replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%" : null;
        String hash = filter.hasIdNumber() ? encryptor.blindIndex(filter.idNumber().strip().toUpperCase()) : null;
        return Optional.of((root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (subtree != null) {
                Subquery<Long> inSubtree = query.subquery(Long.class);
                var org = inSubtree.from(Org.class);
                inSubtree.select(org.get("id")).where(cb.like(org.get("path"), subtree + "%"));
                where.add(root.get("orgId").in(inSubtree));
            }
            if (name != null) {
                where.add(cb.like(cb.lower(root.get("name")), name, '\\'));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (hash != null) {
                where.add(cb.equal(root.get("idNumberHash"), hash));
            }
            return cb.and(where.toArray(Predicate[]::new));
        });
    }

    /**
     * Every rule a draft breaks: Bean Validation on {@link MemberDraft} and {@link #ruleViolations}.
     * Field name → message key, first error per field; empty when fine.
     */
    public Map<String, String> violations(MemberDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<MemberDraft> v : validator.validate(draft)) {
            String template = v.getMessageTemplate();
            String key = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
            errors.merge(v.getPropertyPath().toString(), key, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        ruleViolations(draft).forEach(errors::putIfAbsent);
        return errors;
    }

    /** Which of these ID numbers are already registered, anywhere (they are unique across the union). */
    @Transactional(readOnly = true)
    public Set<String> registeredIdNumbers(Collection<String> idNumbers) {
        Map<String, String> byHash = new LinkedHashMap<>();
        idNumbers.forEach(n -> byHash.put(encryptor.blindIndex(n), n));
        Set<String> registered = new HashSet<>();
        List<String> hashes = new ArrayList<>(byHash.keySet());
        for (int i = 0; i < hashes.size(); i += 500) {
            List<String> chunk = hashes.subList(i, Math.min(hashes.size(), i + 500));
            Scopes.asSystem(() -> members.findRegisteredHashes(chunk)).forEach(h -> registered.add(byHash.get(h)));
        }
        return registered;
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

    /** Registers once per client request key: a retried form or API call returns the first member. */
    public Member register(MemberDraft draft, String requestKey) {
        return submissions.submit(requestKey, "member.register", () -> register(draft), Member::getId,
                id -> members.findById(Long.valueOf(id))).value();
    }

    @Transactional
    public Member register(MemberDraft draft) {
        Map<String, String> errors = violations(draft);
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
        return update(id, draft, Long.valueOf(expectedVersion));
    }

    /** Edits name, gender, phone, join date, job and status; {@code expectedVersion} null skips the check. */
    @Transactional
    public Member update(Long id, MemberDraft draft, Long expectedVersion) {
        Member member = writable(id);
        if (expectedVersion != null && member.getVersion() != expectedVersion) {
            throw new Conflict("error.staleVersion");
        }
        Map<String, String> errors = violations(new MemberDraft(member.getOrgId(), draft.name(), draft.gender(),
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
