package org.workershome.relations;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.crypto.Masks;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.scope.Scopes;

/**
 * Whether an agreement's code is genuine, for whoever holds a printed copy (an arbitration commission, a court, the
 * employer): read as the system because the reader has no account — and so it shows only what identifies the
 * document, never its terms or amounts, and the worker's name masked.
 */
@Service
class AgreementVerification {

    private final Disputes disputes;
    private final OrgDirectory orgs;

    AgreementVerification(Disputes disputes, OrgDirectory orgs) {
        this.disputes = disputes;
        this.orgs = orgs;
    }

    record Verified(String code, String worker, String employer, String organisation, Instant agreedAt,
            Dispute.Status status) {}

    @Transactional(readOnly = true)
    public Optional<Verified> verify(String code) {
        if (code == null || !code.matches("[A-Z0-9]{12}")) {
            return Optional.empty();
        }
        // public read across scopes: see the class comment for what it shows
        return Scopes.asSystem(() -> disputes.findByAgreementCode(code)).map(d -> new Verified(d.getAgreementCode(),
                Masks.name(d.getWorkerParty()), d.getEmployerParty(), orgs.nameOf(d.getOrgId()), d.getClosedAt(),
                d.getStatus()));
    }
}
