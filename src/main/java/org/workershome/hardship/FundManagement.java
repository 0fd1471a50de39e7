package org.workershome.hardship;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.org.OrgDirectory;

/**
 * Funds per org and year with their ledger: budget received, allocations down the tree, and the reversal (冲正)
 * of a wrong line. Balances change only by the conditional updates of {@link Funds}, so never below zero.
 */
@Service
public class FundManagement {

    private final Funds funds;
    private final FundTrace trace;
    private final FundEntries entries;
    private final Aids aids;
    private final HardshipFileAccess fileAccess;
    private final OrgDirectory orgDirectory;
    private final Access access;
    private final AuditTrail audit;
    private final Clock clock;

    FundManagement(FundTrace trace, Funds funds, FundEntries entries, Aids aids, HardshipFileAccess fileAccess,
            OrgDirectory orgDirectory, Access access, AuditTrail audit, Clock clock) {
        this.trace = trace;
        this.funds = funds;
        this.entries = entries;
        this.aids = aids;
        this.fileAccess = fileAccess;
        this.orgDirectory = orgDirectory;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Fund createFund(CurrentUser user, Long orgId, Integer year, String name, BigDecimal budget) {
        access.require(user, HardshipModule.MANAGE_FUNDS);
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
        access.require(user, HardshipModule.MANAGE_FUNDS, org);
        if (funds.findByOrgIdAndFundYear(org, year).isPresent()) {
            throw new Conflict("hardship.fund.exists");
        }
        String fundName = Input.blankToNull(name) != null ? name.strip() : year + " " + orgDirectory.nameOf(org);
        Fund fund = funds.save(new Fund(org, year, fundName.length() > 100 ? fundName.substring(0, 100) : fundName,
                clock.instant()));
        if (initial.signum() > 0) {
            funds.credit(fund.getId(), initial);
            entries.save(new FundEntry(fund, FundEntry.Kind.BUDGET, initial, null, null, null, user.accountId(),
                    clock.instant()));
        }
        return fund;
    }

    /** Money received into the fund (budget, donations): recorded, never edited. */
    @Transactional
    public Fund addBudget(CurrentUser user, Long fundId, BigDecimal amount, String note) {
        Fund fund = fundToWrite(user, fundId);
        BigDecimal money = Money.positive(amount);
        if (money == null) {
            throw InvalidInput.field("amount", "hardship.amount.invalid");
        }
        funds.credit(fund.getId(), money);
        entries.save(new FundEntry(fund, FundEntry.Kind.BUDGET, money, null, null, Input.blankToNull(note),
                user.accountId(), clock.instant()));
        return fund;
    }

    /** Passes money down to an org below (its fund of the same year is opened when it has none). */
    @Transactional
    public Fund allocate(CurrentUser user, Long fromFundId, Long toOrgId, BigDecimal amount, String note) {
        Fund from = fundToWrite(user, fromFundId);
        BigDecimal money = Money.positive(amount);
        if (money == null) {
            throw InvalidInput.field("amount", "hardship.amount.invalid");
        }
        if (toOrgId == null || !fileAccess.isStrictlyBelow(toOrgId, from.getOrgId())) {
            throw InvalidInput.field("toOrgId", "hardship.allocation.notBelow");
        }
        access.require(user, HardshipModule.MANAGE_FUNDS, toOrgId);
        Fund to = funds.findByOrgIdAndFundYear(toOrgId, from.getFundYear())
                .orElseGet(() -> funds.save(new Fund(toOrgId, from.getFundYear(),
                        from.getFundYear() + " " + orgDirectory.nameOf(toOrgId), clock.instant())));
        if (funds.debit(from.getId(), money) == 0) {
            throw new Conflict("hardship.fund.insufficient", Money.format(funds.balanceOf(from.getId())));
        }
        funds.credit(to.getId(), money);
        String text = Input.blankToNull(note);
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

    /** The ids of the lines of this ledger that were reversed. */
    public Set<Long> reversedIds(List<FundEntry> ledger) {
        Set<Long> ids = new HashSet<>();
        ledger.stream().filter(e -> e.getReversedEntryId() != null).forEach(e -> ids.add(e.getReversedEntryId()));
        return ids;
    }

    /**
     * Reverses a wrong ledger line with a reason: a new REVERSAL line of the opposite amount pointing to it (the wrong
     * line stays, nothing is edited). A budget line takes the money out again (only if the fund still has it: 409
     * otherwise); an aid payment puts the money back into the fund and marks the aid record reversed; an allocation
     * takes the money back from the fund below (only if that fund still has it) and books a reversal on both sides.
     * An allocation is reversed at the fund that sent it, and a line only once (the unique index holds under a race).
     * Audited as {@code HARDSHIP_FUND_REVERSAL}.
     */
    @Transactional
    public List<FundEntry> reverse(CurrentUser user, Long fundId, Long entryId, String reason) {
        Fund fund = fundToWrite(user, fundId);
        FundEntry wrong = entries.findById(entryId).filter(e -> e.getFundId().equals(fund.getId()))
                .orElseThrow(NotFound.of("fundEntry", entryId));
        String why = Input.blankToNull(reason);
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
        Instant now = clock.instant();
        List<FundEntry> booked = new ArrayList<>();
        switch (wrong.getKind()) {
            case BUDGET -> {
                if (funds.debit(fund.getId(), money) == 0) {
                    throw new Conflict("hardship.fund.insufficient", Money.format(funds.balanceOf(fund.getId())));
                }
            }
            // the aid and the fund below may lie outside a manager's scope (an ORG-only account): the ledger
            // that points to them is enough to follow it
            case AID -> {
                funds.credit(fund.getId(), money);
                Aid paid = trace.aid(wrong.getAidId()).orElseThrow();
                paid.markReversed(why, now);
            }
            case ALLOCATION_OUT -> {
                Fund below = trace.fund(wrong.getCounterpartFundId()).orElseThrow();
                FundEntry credited = trace.openAllocationsIn(below.getId(), fund.getId(), money)
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
        HardshipFile file = fileAccess.get(fileId);
        Aid given = aids.findById(aidId).filter(a -> a.getFileId().equals(file.getId()))
                .orElseThrow(NotFound.of("aid", aidId));
        // the line is in the ledger of the fund that paid, which may be above the caller's scope: reverse() checks it
        FundEntry line = trace.aidLine(given.getId())
                .orElseThrow(() -> new Conflict("hardship.reversal.noMoney"));
        return reverse(user, line.getFundId(), line.getId(), reason);
    }

    /** The fund, for a manager who may write it (404 when invisible, 403 without the permission or the scope). */
    private Fund fundToWrite(CurrentUser user, Long fundId) {
        access.require(user, HardshipModule.MANAGE_FUNDS);
        Fund fund = fund(fundId);
        access.require(user, HardshipModule.MANAGE_FUNDS, fund.getOrgId());
        return fund;
    }
}
