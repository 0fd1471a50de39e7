package org.workershome.hardship;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.crypto.Masks;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.scope.OrgPaths;
import org.workershome.core.error.OutOfScope;
import org.workershome.core.scope.Scopes;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;

/**
 * Money and help: funds per org and year with a ledger, allocations down the tree, aid to households (paid from a
 * fund when it has an amount), projects approved by the level above, the reconciliation of a fund and the queries
 * cadres need.
 */
@Service
public class AidManagement {

    private final Funds funds;
    private final FundEntries entries;
    private final Aids aids;
    private final HardshipProjects projects;
    private final HardshipFiles files;
    private final HardshipManagement management;
    private final OrgPaths orgPaths;
    private final OrgDirectory orgDirectory;
    private final Scopes scopes;
    private final HardshipProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    AidManagement(Funds funds, FundEntries entries, Aids aids, HardshipProjects projects, HardshipFiles files,
            HardshipManagement management, OrgPaths orgPaths, OrgDirectory orgDirectory, Scopes scopes,
            HardshipProperties properties, AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.funds = funds;
        this.entries = entries;
        this.aids = aids;
        this.projects = projects;
        this.files = files;
        this.management = management;
        this.orgPaths = orgPaths;
        this.orgDirectory = orgDirectory;
        this.scopes = scopes;
        this.properties = properties;
        this.clock = clock;
    }

    public record AidRequest(AidType type, BigDecimal amount, String description, Long fundId, Long projectId,
            LocalDate date) {}

    // ---------------------------------------------------------------- funds

    @Transactional
    public Fund createFund(CurrentUser user, Long orgId, Integer year, String name, BigDecimal budget) {
        user.requirePermission(HardshipModule.MANAGE_FUNDS);
        Map<String, String> errors = new LinkedHashMap<>();
        Long org = orgId == null ? user.orgId() : orgId;
        int thisYear = LocalDate.now(clock).getYear();
        if (year == null || year < 2000 || year > thisYear + 1) {
            errors.put("year", "hardship.fund.year.invalid");
        }
        BigDecimal initial = budget == null || budget.signum() == 0 ? BigDecimal.ZERO : Money.positive(budget);
        if (initial == null) {
            errors.put("budget", "hardship.amount.invalid");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        scopes.checkWritable(org, null);
        if (Scopes.asSystem(() -> funds.findByOrgIdAndFundYear(org, year)).isPresent()) {
            throw new Conflict("hardship.fund.exists");
        }
        String fundName = HardshipManagement.blankToNull(name) != null ? name.strip()
                : year + " " + orgDirectory.nameOf(org);
        Fund fund = funds.save(new Fund(org, year, fundName.length() > 100 ? fundName.substring(0, 100) : fundName,
                clock.instant()));
        if (initial.signum() > 0) {
            book(fund, FundEntry.Kind.BUDGET, initial, null, null, null, user);
        }
        return fund;
    }

    /** Money received into the fund (budget, donations): recorded, never edited. */
    @Transactional
    public Fund addBudget(CurrentUser user, Long fundId, BigDecimal amount, String note) {
        user.requirePermission(HardshipModule.MANAGE_FUNDS);
        Fund fund = fundToWrite(fundId);
        BigDecimal money = Money.positive(amount);
        if (money == null) {
            throw InvalidInput.field("amount", "hardship.amount.invalid");
        }
        book(fund, FundEntry.Kind.BUDGET, money, null, null, HardshipManagement.blankToNull(note), user);
        return fund;
    }

    /** Passes money down to an org below (its fund of the same year is opened when it has none). */
    @Transactional
    public Fund allocate(CurrentUser user, Long fromFundId, Long toOrgId, BigDecimal amount, String note) {
        user.requirePermission(HardshipModule.MANAGE_FUNDS);
        Fund from = fundToWrite(fromFundId);
        BigDecimal money = Money.positive(amount);
        if (money == null) {
            throw InvalidInput.field("amount", "hardship.amount.invalid");
        }
        if (toOrgId == null || !isStrictlyBelow(toOrgId, from.getOrgId())) {
            throw InvalidInput.field("toOrgId", "hardship.allocation.notBelow");
        }
        scopes.checkWritable(toOrgId, null);
        Fund to = Scopes.asSystem(() -> funds.findByOrgIdAndFundYear(toOrgId, from.getFundYear()))
                .orElseGet(() -> funds.save(new Fund(toOrgId, from.getFundYear(),
                        from.getFundYear() + " " + orgDirectory.nameOf(toOrgId), clock.instant())));
        if (funds.debit(from.getId(), money) == 0) {
            throw new Conflict("hardship.fund.insufficient", Money.format(funds.balanceOf(from.getId())));
        }
        funds.credit(to.getId(), money);
        String text = HardshipManagement.blankToNull(note);
        entries.save(new FundEntry(from, FundEntry.Kind.ALLOCATION_OUT, money.negate(), to.getId(), null, text,
                user.accountId(), clock.instant()));
        entries.save(new FundEntry(to, FundEntry.Kind.ALLOCATION_IN, money, from.getId(), null, text,
                user.accountId(), clock.instant()));
        return to;
    }

    @Transactional(readOnly = true)
    public Fund fund(Long id) {
        return funds.findById(id).orElseThrow(NotFound.of("fund", id));
    }

    @Transactional(readOnly = true)
    public BigDecimal balanceOf(Fund fund) {
        return funds.balanceOf(fund.getId());
    }

    @Transactional(readOnly = true)
    public List<Fund> fundsInScope() {
        return funds.findAllByOrderByFundYearDescOrgIdAsc();
    }

    @Transactional(readOnly = true)
    public List<FundEntry> ledger(Fund fund) {
        return entries.findByFundIdOrderById(fund.getId());
    }

    // ---------------------------------------------------------------- reversal (冲正)

    /**
     * Reverses a wrong ledger line with a reason: a new REVERSAL line of the opposite amount pointing to it (the wrong
     * line stays, nothing is edited). A budget line takes the money out again (only if the fund still has it: 409
     * otherwise); an aid payment puts the money back into the fund and marks the aid record reversed; an allocation
     * takes the money back from the fund below (only if that fund still has it) and books a reversal on both sides.
     * An allocation is reversed at the fund that sent it, and a line only once (the unique index holds under a race).
     * Audited as {@code HARDSHIP_FUND_REVERSAL}. Balances change only by the conditional updates, so never below zero.
     */
    @Transactional
    public List<FundEntry> reverse(CurrentUser user, Long fundId, Long entryId, String reason) {
        user.requirePermission(HardshipModule.MANAGE_FUNDS);
        Fund fund = fundToWrite(fundId);
        FundEntry wrong = entries.findById(entryId).filter(e -> e.getFundId().equals(fund.getId()))
                .orElseThrow(NotFound.of("fundEntry", entryId));
        String why = HardshipManagement.blankToNull(reason);
        if (why == null || why.length() > 500) {
            throw InvalidInput.field("reason", "hardship.reversal.reason");
        }
        if (!wrong.isReversible()) {
            throw new Conflict("hardship.reversal.notReversible");
        }
        if (wrong.getKind() == FundEntry.Kind.ALLOCATION_IN) {
            throw new Conflict("hardship.reversal.atSender");
        }
        if (entries.existsByReversedEntryId(wrong.getId())) {
            throw new Conflict("hardship.reversal.done");
        }
        BigDecimal money = wrong.getAmount().abs();
        java.time.Instant now = clock.instant();
        List<FundEntry> booked = new ArrayList<>();
        switch (wrong.getKind()) {
            case BUDGET -> {
                if (funds.debit(fund.getId(), money) == 0) {
                    throw new Conflict("hardship.fund.insufficient", Money.format(funds.balanceOf(fund.getId())));
                }
            }
            case AID -> {
                funds.credit(fund.getId(), money);
                Aid paid = Scopes.asSystem(() -> aids.findById(wrong.getAidId())).orElseThrow();
                paid.markReversed(why, now);
            }
            case ALLOCATION_OUT -> {
                Fund below = Scopes.asSystem(() -> funds.findById(wrong.getCounterpartFundId())).orElseThrow();
                FundEntry credited = Scopes.asSystem(() -> entries.openAllocationsIn(below.getId(), fund.getId(), money))
                        .stream().findFirst().orElseThrow(() -> new Conflict("hardship.reversal.done"));
                if (funds.debit(below.getId(), money) == 0) {
                    throw new Conflict("hardship.reversal.spentBelow", Money.format(funds.balanceOf(below.getId())));
                }
                funds.credit(fund.getId(), money);
                booked.add(entries.save(FundEntry.reversalOf(credited, below, why, user.accountId(), now)));
            }
            default -> throw new Conflict("hardship.reversal.notReversible");
        }
        booked.add(0, entries.save(FundEntry.reversalOf(wrong, fund, why, user.accountId(), now)));
        entries.flush();
        audit.record("HARDSHIP_FUND_REVERSAL", "FundEntry", wrong.getId(), fund.getOrgId(),
                wrong.getKind() + " " + Money.format(money) + (wrong.getAidId() == null ? "" : ", aid " + wrong.getAidId())
                        + ": " + why);
        return booked;
    }

    /** Reverses the payment of an aid record (its AID ledger line); aid without money has nothing to reverse (409). */
    @Transactional
    public List<FundEntry> reverseAid(CurrentUser user, Long fileId, Long aidId, String reason) {
        HardshipFile file = management.get(fileId);
        Aid given = Scopes.asSystem(() -> aids.findById(aidId)).filter(a -> a.getFileId().equals(file.getId()))
                .orElseThrow(NotFound.of("aid", aidId));
        FundEntry line = Scopes.asSystem(() -> entries.findFirstByAidIdAndKind(given.getId(), FundEntry.Kind.AID))
                .orElseThrow(() -> new Conflict("hardship.reversal.noMoney"));
        return reverse(user, line.getFundId(), line.getId(), reason);
    }

    /** The ids of the lines of this ledger that were reversed. */
    public java.util.Set<Long> reversedIds(List<FundEntry> ledger) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        ledger.stream().filter(e -> e.getReversedEntryId() != null).forEach(e -> ids.add(e.getReversedEntryId()));
        return ids;
    }

    // ---------------------------------------------------------------- aid

    /** Records aid to a household in hardship; with an amount, it is paid from a fund, which must cover it. */
    @Transactional
    public Aid giveAid(CurrentUser user, Long fileId, AidRequest request) {
        HardshipFile file = management.get(fileId);
        if (!management.mayHandle(user, file)) {
            throw new OutOfScope();
        }
        if (!file.getStatus().mayReceiveAid()) {
            throw new Conflict("hardship.error.notApproved");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        LocalDate date = request.date() == null ? today : request.date();
        if (date.isAfter(today)) {
            errors.put("date", "hardship.aidDate.future");
        }
        if (request.type() == null) {
            errors.put("type", "hardship.aidType.required");
        }
        BigDecimal amount = null;
        if (request.amount() != null) {
            amount = Money.positive(request.amount());
            if (amount == null) {
                errors.put("amount", "hardship.amount.invalid");
            }
        }
        String description = HardshipManagement.blankToNull(request.description());
        if (request.type() == AidType.CASH && request.amount() == null) {
            errors.put("amount", "hardship.amount.required");
        }
        if (request.amount() == null && description == null) {
            errors.put("description", "hardship.aidDescription.required");
        }
        if (description != null && description.length() > 1000) {
            errors.put("description", "hardship.description.size");
        }
        if (request.amount() != null && request.fundId() == null) {
            errors.put("fundId", "hardship.fundId.required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Fund fund = null;
        if (request.fundId() != null) {
            fund = funds.findById(request.fundId())
                    .filter(f -> f.getOrgId().equals(file.getOrgId()) || isStrictlyBelow(file.getOrgId(), f.getOrgId()))
                    .orElseThrow(() -> InvalidInput.field("fundId", "hardship.fundId.unknown"));
            if (fund.getFundYear() != date.getYear()) {
                throw InvalidInput.field("fundId", "hardship.fundId.year");
            }
            if (!scopes.canWrite(fund.getOrgId(), null)) {
                throw new OutOfScope();
            }
        }
        if (request.projectId() != null) {
            HardshipProject project = projects.findById(request.projectId())
                    .filter(p -> p.getOrgId().equals(file.getOrgId()) || isStrictlyBelow(file.getOrgId(), p.getOrgId()))
                    .orElseThrow(() -> InvalidInput.field("projectId", "hardship.projectId.unknown"));
            if (project.getStatus() != HardshipProject.Status.APPROVED) {
                throw new Conflict("hardship.project.notApproved");
            }
        }
        if (fund != null && amount != null && funds.debit(fund.getId(), amount) == 0) {
            throw new Conflict("hardship.fund.insufficient", Money.format(funds.balanceOf(fund.getId())));
        }
        Aid aid = aids.save(new Aid(file, request.type(), amount, description, fund == null ? null : fund.getId(),
                request.projectId(), date, user.accountId(), user.displayName(), clock.instant()));
        if (fund != null && amount != null) {
            entries.save(new FundEntry(fund, FundEntry.Kind.AID, amount.negate(), null, aid.getId(), file.getFileNo(),
                    user.accountId(), clock.instant()));
        }
        return aid;
    }

    @Transactional(readOnly = true)
    public List<Aid> aidOf(HardshipFile file) {
        return Scopes.asSystem(() -> aids.findByFileIdOrderByAidDateDescIdDesc(file.getId()));
    }

    /** A worker's own aid, all files. */
    @Transactional(readOnly = true)
    public List<Aid> aidOfMember(Long memberId) {
        return memberId == null ? List.of() : aids.findByMemberIdOrderByAidDateDescIdDesc(memberId);
    }

    @Transactional(readOnly = true)
    public List<Aid> aidInScope(int max) {
        return aids.allInScope(PageRequest.of(0, max));
    }

    // ---------------------------------------------------------------- projects

    @Transactional
    public HardshipProject applyProject(CurrentUser user, String name, AidType kind, String description,
            BigDecimal budget) {
        user.requirePermission(HardshipModule.MANAGE_FUNDS);
        Map<String, String> errors = new LinkedHashMap<>();
        if (HardshipManagement.blankToNull(name) == null || name.strip().length() > 100) {
            errors.put("name", "hardship.project.name.required");
        }
        if (kind == null) {
            errors.put("kind", "hardship.aidType.required");
        }
        BigDecimal money = budget == null ? null : Money.positive(budget);
        if (budget != null && money == null) {
            errors.put("budget", "hardship.amount.invalid");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (orgPaths.pathOf(user.orgId()).map(p -> p.chars().filter(c -> c == '/').count() <= 2).orElse(true)) {
            throw new Conflict("hardship.project.topLevel"); // the national union has no level above to approve
        }
        return projects.save(new HardshipProject(user.orgId(), name.strip(), kind,
                HardshipManagement.blankToNull(description), money, user.accountId(), clock.instant()));
    }

    /** Approve or reject (the level above the applying org), or complete (the applying org). */
    @Transactional
    public HardshipProject decideProject(CurrentUser user, Long id, HardshipProject.Action action, String note) {
        user.requirePermission(HardshipModule.MANAGE_FUNDS);
        HardshipProject project = projects.findById(id).orElseThrow(NotFound.of("project", id));
        if (action == null) {
            throw InvalidInput.field("action", "hardship.action.unknown");
        }
        scopes.checkWritable(project.getOrgId(), null);
        if (action != HardshipProject.Action.COMPLETE && !isStrictlyBelow(project.getOrgId(), user.orgId())) {
            throw new BusinessException(HttpStatus.FORBIDDEN, "hardship.error.approveByParent");
        }
        project.decide(action, user.accountId(), HardshipManagement.blankToNull(note), clock.instant());
        return project;
    }

    @Transactional(readOnly = true)
    public List<HardshipProject> projectsInScope() {
        return projects.findAllByOrderByAppliedAtDesc();
    }

    @Transactional(readOnly = true)
    public HardshipProject project(Long id) {
        return projects.findById(id).orElseThrow(NotFound.of("project", id));
    }

    /** The households helped under a project, with masked names. */
    @Transactional(readOnly = true)
    public List<Beneficiary> beneficiaries(HardshipProject project) {
        List<Aid> list = Scopes.asSystem(() -> aids.findByProjectIdOrderById(project.getId()));
        return households(list);
    }

    // ---------------------------------------------------------------- reconciliation

    public record Beneficiary(Long fileId, String fileNo, String memberNameMasked, int aidCount, BigDecimal amount) {
        public String getAmountText() { return Money.format(amount); }
    }

    /**
     * A fund traced to the households: money in (budget, from above), money out (to orgs below, as aid), the balance,
     * each fund it allocated to (the same, recursively) and the households its aid reached. Budget, in, out and aid
     * are net of reversals (冲正); {@code reversals} is the sum of the reversal lines. {@code balanced} says that the
     * stored balance equals in − out, that the ledger's aid equals the aid records not reversed, and that each child
     * received what was sent to it.
     */
    public record Reconciliation(Long fundId, String fundName, Long orgId, String orgName, int year, BigDecimal budget,
            BigDecimal allocatedIn, BigDecimal allocatedOut, BigDecimal aidPaid, BigDecimal reversals, BigDecimal balance,
            boolean balanced,
            List<Reconciliation> children, List<Beneficiary> households) {
        public String fmt(BigDecimal amount) { return Money.format(amount); }
    }

    @Transactional(readOnly = true)
    public Reconciliation reconcile(Long fundId) {
        return reconcile(fund(fundId), 0);
    }

    /** Each line's kind, a reversal counted as the kind of the line it reverses (always a line of the same fund). */
    private static Map<Long, FundEntry.Kind> effectiveKinds(List<FundEntry> ledger) {
        Map<Long, FundEntry> byId = new java.util.HashMap<>();
        ledger.forEach(e -> byId.put(e.getId(), e));
        Map<Long, FundEntry.Kind> kinds = new java.util.HashMap<>();
        for (FundEntry e : ledger) {
            FundEntry original = e.getKind() == FundEntry.Kind.REVERSAL ? byId.get(e.getReversedEntryId()) : e;
            kinds.put(e.getId(), original == null ? FundEntry.Kind.REVERSAL : original.getKind());
        }
        return kinds;
    }

    private static BigDecimal net(List<FundEntry> ledger, Map<Long, FundEntry.Kind> kinds, FundEntry.Kind kind) {
        return ledger.stream().filter(e -> kinds.get(e.getId()) == kind).map(FundEntry::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Reconciliation reconcile(Fund fund, int depth) {
        List<FundEntry> ledger = Scopes.asSystem(() -> entries.findByFundIdOrderById(fund.getId()));
        Map<Long, FundEntry.Kind> kinds = effectiveKinds(ledger);
        BigDecimal budget = net(ledger, kinds, FundEntry.Kind.BUDGET);
        BigDecimal in = net(ledger, kinds, FundEntry.Kind.ALLOCATION_IN);
        BigDecimal out = net(ledger, kinds, FundEntry.Kind.ALLOCATION_OUT).negate();
        BigDecimal aidLedger = net(ledger, kinds, FundEntry.Kind.AID).negate();
        BigDecimal unknown = net(ledger, kinds, FundEntry.Kind.REVERSAL);
        BigDecimal reversed = ledger.stream().filter(e -> e.getKind() == FundEntry.Kind.REVERSAL).map(FundEntry::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Aid> fundAid = Scopes.asSystem(() -> aids.findByFundIdOrderById(fund.getId())).stream()
                .filter(a -> !a.isReversed()).toList();
        BigDecimal aidRecords = fundAid.stream().map(Aid::getAmount).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal balance = funds.balanceOf(fund.getId());
        List<Reconciliation> children = new ArrayList<>();
        Map<Long, BigDecimal> sentTo = new LinkedHashMap<>();
        for (FundEntry e : ledger) {
            if (kinds.get(e.getId()) == FundEntry.Kind.ALLOCATION_OUT) {
                sentTo.merge(e.getCounterpartFundId(), e.getAmount().negate(), BigDecimal::add);
            }
        }
        boolean childrenAgree = true;
        if (depth < 10) {
            for (Map.Entry<Long, BigDecimal> sent : sentTo.entrySet()) {
                Fund child = Scopes.asSystem(() -> funds.findById(sent.getKey())).orElseThrow();
                Reconciliation r = reconcile(child, depth + 1);
                List<FundEntry> childLedger = Scopes.asSystem(() -> entries.findByFundIdOrderById(child.getId()));
                Map<Long, FundEntry.Kind> childKinds = effectiveKinds(childLedger);
                BigDecimal receivedFromThis = childLedger.stream()
                        .filter(e -> childKinds.get(e.getId()) == FundEntry.Kind.ALLOCATION_IN
                                && fund.getId().equals(e.getCounterpartFundId()))
                        .map(FundEntry::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
                childrenAgree &= receivedFromThis.compareTo(sent.getValue()) == 0 && r.balanced();
                children.add(r);
            }
        }
        boolean balanced = budget.add(in).subtract(out).subtract(aidLedger).add(unknown).compareTo(balance) == 0
                && unknown.signum() == 0 && aidLedger.compareTo(aidRecords) == 0 && childrenAgree;
        return new Reconciliation(fund.getId(), fund.getName(), fund.getOrgId(), orgDirectory.nameOf(fund.getOrgId()),
                fund.getFundYear(), budget, in, out, aidLedger, reversed, balance, balanced, children,
                households(fundAid));
    }

    private List<Beneficiary> households(List<Aid> list) {
        Map<Long, List<Aid>> byFile = new LinkedHashMap<>();
        list.forEach(a -> byFile.computeIfAbsent(a.getFileId(), k -> new ArrayList<>()).add(a));
        List<HardshipFile> fileList = Scopes.asSystem(() -> files.findAllById(byFile.keySet()));
        Map<Long, String> names = management.memberNames(fileList);
        List<Beneficiary> result = new ArrayList<>();
        for (HardshipFile f : fileList) {
            List<Aid> given = byFile.get(f.getId());
            BigDecimal sum = given.stream().map(Aid::getAmount).filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            result.add(new Beneficiary(f.getId(), f.getFileNo(), Masks.name(names.get(f.getMemberId())), given.size(), sum));
        }
        result.sort(java.util.Comparator.comparing(Beneficiary::fileNo));
        return result;
    }

    // ---------------------------------------------------------------- what cadres ask

    private static final List<HardshipStatus> IN_HARDSHIP = List.of(HardshipStatus.APPROVED, HardshipStatus.UNDER_REVIEW);

    @Transactional(readOnly = true)
    public List<HardshipFile> neverAssisted() {
        return files.neverAssisted(IN_HARDSHIP);
    }

    @Transactional(readOnly = true)
    public List<HardshipFile> dueForReview() {
        Instant before = clock.instant().minus(properties.reviewAfter());
        return files.notReviewedSince(IN_HARDSHIP, before);
    }

    public record YearFigures(Long orgId, String orgName, int year, long aidCount, long households, BigDecimal amount) {
        public String getAmountText() { return Money.format(amount); }
    }

    @Transactional(readOnly = true)
    public List<YearFigures> aidPerOrgAndYear() {
        return aids.perOrgAndYear().stream().map(r -> new YearFigures((Long) r[0], orgDirectory.nameOf((Long) r[0]),
                ((Number) r[1]).intValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                (BigDecimal) r[4])).toList();
    }

    // ---------------------------------------------------------------- helpers

    private void book(Fund fund, FundEntry.Kind kind, BigDecimal amount, Long counterpart, Long aidId, String note,
            CurrentUser user) {
        funds.credit(fund.getId(), amount);
        entries.save(new FundEntry(fund, kind, amount, counterpart, aidId, note, user.accountId(), clock.instant()));
    }

    private Fund fundToWrite(Long fundId) {
        Fund fund = fund(fundId);
        scopes.checkWritable(fund.getOrgId(), null);
        return fund;
    }

    private boolean isStrictlyBelow(Long orgId, Long ancestorId) {
        String below = orgPaths.pathOf(orgId).orElse(null);
        String above = orgPaths.pathOf(ancestorId).orElse(null);
        return below != null && above != null && below.startsWith(above) && !below.equals(above);
    }

    static boolean mayManageFunds(CurrentUser user) {
        return user.hasPermission(HardshipModule.MANAGE_FUNDS);
    }
}
