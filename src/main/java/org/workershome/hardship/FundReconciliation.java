package org.workershome.hardship;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.crypto.Masks;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.org.OrgDirectory;

/**
 * A fund traced to the households its money reached: through every fund it allocated to and the aid paid from
 * each. The trace reads the funds below and their aid as the system (a reader of the fund above sees where its
 * money went, with masked names only, even where his scope ends).
 */
@Service
public class FundReconciliation {

    private final Funds funds;
    private final FundTrace trace;
    private final MemberDirectory memberDirectory;
    private final OrgDirectory orgDirectory;
    private final FundManagement fundManagement;

    FundReconciliation(FundTrace trace, Funds funds, MemberDirectory memberDirectory, OrgDirectory orgDirectory, FundManagement fundManagement) {
        this.trace = trace;
        this.funds = funds;
        this.memberDirectory = memberDirectory;
        this.orgDirectory = orgDirectory;
        this.fundManagement = fundManagement;
    }

    /** A household helped by a fund or a project: masked name, how often and how much. */
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

    /** The fund (in the caller's scope: 404 otherwise) and everything below it. */
    @Transactional(readOnly = true)
    public Reconciliation reconcile(Long fundId) {
        return reconcile(fundManagement.fund(fundId), 0);
    }

    /** The households helped by these aid records, by file number. */
    @Transactional(readOnly = true)
    public List<Beneficiary> households(List<Aid> list) {
        Map<Long, List<Aid>> byFile = new LinkedHashMap<>();
        list.forEach(a -> byFile.computeIfAbsent(a.getFileId(), k -> new ArrayList<>()).add(a));
        List<HardshipFile> fileList = trace.files(byFile.keySet());
        Map<Long, String> names = memberDirectory.namesOf(fileList.stream().map(HardshipFile::getMemberId)
                .distinct().toList());
        List<Beneficiary> result = new ArrayList<>();
        for (HardshipFile f : fileList) {
            List<Aid> given = byFile.get(f.getId());
            BigDecimal sum = given.stream().map(Aid::getAmount).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            result.add(new Beneficiary(f.getId(), f.getFileNo(), Masks.name(names.get(f.getMemberId())), given.size(), sum));
        }
        result.sort(Comparator.comparing(Beneficiary::fileNo));
        return result;
    }

    /** Each line's kind, a reversal counted as the kind of the line it reverses (always a line of the same fund). */
    private static Map<Long, FundEntry.Kind> effectiveKinds(List<FundEntry> ledger) {
        Map<Long, FundEntry> byId = new HashMap<>();
        ledger.forEach(e -> byId.put(e.getId(), e));
        Map<Long, FundEntry.Kind> kinds = new HashMap<>();
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
        List<FundEntry> ledger = trace.ledger(fund.getId());
        Map<Long, FundEntry.Kind> kinds = effectiveKinds(ledger);
        BigDecimal budget = net(ledger, kinds, FundEntry.Kind.BUDGET);
        BigDecimal in = net(ledger, kinds, FundEntry.Kind.ALLOCATION_IN);
        BigDecimal out = net(ledger, kinds, FundEntry.Kind.ALLOCATION_OUT).negate();
        BigDecimal aidLedger = net(ledger, kinds, FundEntry.Kind.AID).negate();
        BigDecimal unknown = net(ledger, kinds, FundEntry.Kind.REVERSAL);
        BigDecimal reversed = ledger.stream().filter(e -> e.getKind() == FundEntry.Kind.REVERSAL).map(FundEntry::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Aid> fundAid = trace.aidPaidBy(fund.getId()).stream()
                .filter(a -> !a.isReversed()).toList();
        BigDecimal aidRecords = fundAid.stream().map(Aid::getAmount).filter(Objects::nonNull)
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
                Fund child = trace.fund(sent.getKey()).orElseThrow();
                Reconciliation r = reconcile(child, depth + 1);
                List<FundEntry> childLedger = trace.ledger(child.getId());
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
}
