package org.workershome.relations;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.workershome.core.account.PermissionHolders;
import org.workershome.core.module.BeforeCommit;
import org.workershome.core.notification.Notifications;
import org.workershome.core.notification.Text;
import org.workershome.core.org.OrgDirectory;

/**
 * Tells the holders of the screening permission: of a raised warning, at the unit and every org above it (the
 * province and the national union watch their units); of an escalated one, at the org above; of a new task, at
 * the unit; and a dispute's worker party of its outcome. In the act's transaction.
 */
@Component
class RelationsNotifier {

    private final Notifications notifications;
    private final PermissionHolders holders;
    private final OrgDirectory orgs;

    RelationsNotifier(Notifications notifications, PermissionHolders holders, OrgDirectory orgs) {
        this.notifications = notifications;
        this.holders = holders;
        this.orgs = orgs;
    }

    @BeforeCommit
    void on(WarningRaised raised) {
        Set<Long> to = new LinkedHashSet<>();
        orgs.selfAndAncestors(raised.orgId()).forEach(o -> to.addAll(holders.of(RelationsModule.SCREEN, o.id())));
        notify(to, Text.of("relations.notify.raised", orgs.nameOf(raised.orgId()),
                Text.of("relations.level." + raised.level()), raised.score()), raised.warningId());
    }

    @BeforeCommit
    void on(WarningEscalated escalated) {
        Set<Long> to = new LinkedHashSet<>(holders.of(RelationsModule.SCREEN, escalated.orgId()));
        orgs.parentOf(escalated.orgId()).ifPresent(p -> to.addAll(holders.of(RelationsModule.SCREEN, p.id())));
        notify(to, Text.of("relations.notify.escalated", orgs.nameOf(escalated.orgId()),
                Text.of("relations.level." + escalated.level())), escalated.warningId());
    }

    @BeforeCommit
    void on(ScreeningAssigned assigned) {
        List<Notifications.Message> messages = assigned.screenings().stream()
                .map(s -> new Notifications.Message(holders.of(RelationsModule.SCREEN, s.orgId()),
                        Text.of("relations.notify.assigned", s.periodLabel()), null, "/relations/screenings/" + s.id()))
                .filter(m -> !m.accountIds().isEmpty()).toList();
        notifications.notifyEach(messages);
    }

    /** The worker party, when a member with an account, hears how his dispute ended. */
    @BeforeCommit
    void on(DisputeConcluded concluded) {
        if (concluded.workerMemberId() != null) {
            holders.accountOfMember(concluded.workerMemberId()).ifPresent(a -> notifications.notify(a,
                    Text.of("relations.notify.concluded", Text.of("relations.dispute.status." + concluded.status())),
                    null, "/relations/mine/" + concluded.disputeId()));
        }
    }

    private void notify(Set<Long> to, Text subject, Long warningId) {
        if (!to.isEmpty()) {
            notifications.notifyAll(to, subject, null, "/relations/warnings/" + warningId);
        }
    }
}
