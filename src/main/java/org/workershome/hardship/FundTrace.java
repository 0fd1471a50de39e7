package org.workershome.hardship;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.workershome.core.scope.Scopes;

/**
 * Reads that follow the money across the caller's scope: a fund is allocated from above and pays aid below, so
 * its ledger points to funds, aid lines and households the caller's scope may not show. Used only after the fund
 * the caller acts on or traces was found in his scope; nothing else reads hardship's records as the system.
 */
@Component
class FundTrace {

    private final Funds funds;
    private final FundEntries entries;
    private final Aids aids;
    private final HardshipFiles files;

    FundTrace(Funds funds, FundEntries entries, Aids aids, HardshipFiles files) {
        this.funds = funds;
        this.entries = entries;
        this.aids = aids;
        this.files = files;
    }

    Optional<Fund> fund(Long id) {
        return Scopes.asSystem(() -> funds.findById(id));
    }

    /** The funds' names only, e.g. the fund above that paid an aid the caller exports. */
    List<Fund> funds(Collection<Long> ids) {
        return Scopes.asSystem(() -> funds.findAllById(ids));
    }

    List<FundEntry> ledger(Long fundId) {
        return Scopes.asSystem(() -> entries.findByFundIdOrderById(fundId));
    }

    Optional<FundEntry> aidLine(Long aidId) {
        return Scopes.asSystem(() -> entries.findFirstByAidIdAndKind(aidId, FundEntry.Kind.AID));
    }

    List<FundEntry> openAllocationsIn(Long fundId, Long fromFundId, BigDecimal amount) {
        return Scopes.asSystem(() -> entries.openAllocationsIn(fundId, fromFundId, amount));
    }

    Optional<Aid> aid(Long id) {
        return Scopes.asSystem(() -> aids.findById(id));
    }

    List<Aid> aidPaidBy(Long fundId) {
        return Scopes.asSystem(() -> aids.findByFundIdOrderById(fundId));
    }

    /** The households a fund's aid reached (shown masked). */
    List<HardshipFile> files(Collection<Long> ids) {
        return Scopes.asSystem(() -> files.findAllById(ids));
    }
}
