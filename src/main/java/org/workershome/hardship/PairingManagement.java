package org.workershome.hardship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.PermissionHolders;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.OutOfScope;
import org.workershome.core.org.OrgDirectory;

/** Pairing (结对帮扶): a cadre who looks after a file; visits of kind PAIRING are its log. */
@Service
public class PairingManagement {

    private final Pairings pairings;
    private final HardshipFileAccess fileAccess;
    private final PermissionHolders holders;
    private final OrgDirectory orgDirectory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PairingManagement(Pairings pairings, HardshipFileAccess fileAccess, PermissionHolders holders,
            OrgDirectory orgDirectory, ApplicationEventPublisher events, Clock clock) {
        this.pairings = pairings;
        this.fileAccess = fileAccess;
        this.holders = holders;
        this.orgDirectory = orgDirectory;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Pairs a cadre with the file: the given account (a handler of the file's org or above), or the caller. Ends
     * the pairing that ran before.
     */
    @Transactional
    public Pairing pair(CurrentUser user, Long fileId, Long cadreAccountId) {
        HardshipFile file = fileAccess.get(fileId);
        if (!fileAccess.mayHandle(user, file)) {
            throw new OutOfScope();
        }
        if (!file.getStatus().isActive()) {
            throw new Conflict("hardship.error.closed");
        }
        Long accountId = cadreAccountId == null ? user.accountId() : cadreAccountId;
        PermissionHolders.Holder cadre = holders.holder(accountId, HardshipModule.HANDLE)
                .filter(c -> orgDirectory.isWithin(file.getOrgId(), c.orgId()))
                .orElseThrow(() -> InvalidInput.field("cadreAccountId", "hardship.cadre.unknown"));
        LocalDate today = LocalDate.now(clock);
        for (Pairing p : pairings.findByFileIdOrderById(file.getId())) {
            if (p.isActive()) {
                if (p.getCadreAccountId().equals(cadre.accountId())) {
                    throw new Conflict("hardship.error.alreadyPaired");
                }
                p.end(today);
            }
        }
        Pairing pairing = pairings.save(new Pairing(file, cadre.accountId(), cadre.name(), today));
        events.publishEvent(new HardshipFilePaired(file.getId(), file.getFileNo(), cadre.accountId()));
        return pairing;
    }

    @Transactional(readOnly = true)
    public List<Pairing> pairingsOf(HardshipFile file) {
        return pairings.findByFileIdOrderById(file.getId());
    }
}
