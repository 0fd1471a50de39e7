package org.workershome.relations;

import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.appeals.AppealCaseLinks;
import org.workershome.appeals.AppealCases;
import org.workershome.appeals.LinkedCaseNoted;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.NotFound;
import org.workershome.core.notification.Text;
import org.workershome.core.org.OrgDirectory;

/**
 * Disputes and appeals, through appeals' public API only: the appeal page's button for its handler (open a dispute,
 * or see the one opened), the dispute form prefilled from the appeal, and each step of such a dispute — opened,
 * concluded — on the appeal's timeline ({@link LinkedCaseNoted}, in the act's transaction).
 */
@Component
class AppealDisputes implements AppealCaseLinks {

    /** Appeals' category codes that name a dispute's cause; the others are OTHER. */
    private static final Map<String, Dispute.Cause> CAUSES = Map.of("WAGES", Dispute.Cause.WAGES,
            "SOCIAL_INSURANCE", Dispute.Cause.SOCIAL_INSURANCE, "CONTRACT", Dispute.Cause.CONTRACT,
            "HOURS_LEAVE", Dispute.Cause.HOURS, "SAFETY", Dispute.Cause.SAFETY);

    private final AppealCases appeals;
    private final DisputeManagement disputes;
    private final OrgDirectory orgs;
    private final Access access;
    private final ApplicationEventPublisher events;

    AppealDisputes(AppealCases appeals, DisputeManagement disputes, OrgDirectory orgs, Access access,
            ApplicationEventPublisher events) {
        this.appeals = appeals;
        this.disputes = disputes;
        this.orgs = orgs;
        this.access = access;
        this.events = events;
    }

    @Override
    public Optional<Link> linkFor(CurrentUser handler, AppealCases.Case appeal) {
        if (!access.may(handler, RelationsModule.DISPUTES, appeal.orgId())) {
            return Optional.empty();
        }
        return Optional.of(disputes.fromAppeal(appeal.id())
                .map(d -> new Link("relations.appeal.viewDispute", "/relations/disputes/" + d.getId()))
                .orElseGet(() -> new Link("relations.appeal.openDispute",
                        "/relations/disputes/new?appeal=" + appeal.trackingNo())));
    }

    /** The appeal its handler opens a dispute from (404 for anyone else: it does not exist for them). */
    @Transactional(readOnly = true)
    public AppealCases.Case appeal(CurrentUser user, String trackingNo) {
        access.require(user, RelationsModule.DISPUTES);
        return appeals.find(user, trackingNo).orElseThrow(NotFound.of("appeal", trackingNo));
    }

    /** The latest appeals of a unit its handler could open a dispute from (the demo's pick). */
    public java.util.List<AppealCases.Case> recent(CurrentUser handler, Long orgId) {
        return appeals.recent(handler, orgId);
    }

    /** What the form starts with: the unit, the worker (unless the appeal is anonymous), the cause and claims. */
    public Dispute.Draft prefill(AppealCases.Case appeal) {
        String unit = orgs.nameOf(appeal.orgId());
        String employer = unit.endsWith("工会") ? unit.substring(0, unit.length() - 2) : unit;
        return new Dispute.Draft(appeal.orgId(), appeal.workerName(), employer,
                CAUSES.getOrDefault(appeal.category(), Dispute.Cause.OTHER), Dispute.Source.APPEAL,
                appeal.title() + "：" + appeal.content(), null, null, appeal.workerMemberId(), appeal.id(),
                appeal.trackingNo());
    }

    /**
     * The draft as the form sent it, bound to the appeal again: its unit, worker member, source and link come from
     * the appeal, not from the form.
     */
    public Dispute.Draft bound(AppealCases.Case appeal, Dispute.Draft sent) {
        return new Dispute.Draft(appeal.orgId(), sent.workerParty(), sent.employerParty(), sent.cause(),
                Dispute.Source.APPEAL, sent.claims(), sent.amount(), sent.workerIdNumber(), appeal.workerMemberId(),
                appeal.id(), appeal.trackingNo());
    }

    // plain listeners, run as the event is published: an event published from a before-commit listener would come
    // too late for appeals' own before-commit listener
    @EventListener
    void on(DisputeRegistered registered) {
        if (registered.appealId() != null) {
            events.publishEvent(new LinkedCaseNoted(registered.appealId(), registered.orgId(),
                    Text.of("relations.appeal.opened", registered.disputeId())));
        }
    }

    @EventListener
    void on(DisputeConcluded concluded) {
        if (concluded.appealId() != null) {
            events.publishEvent(new LinkedCaseNoted(concluded.appealId(), concluded.orgId(),
                    Text.of("relations.appeal.concluded." + concluded.status(), concluded.disputeId())));
        }
    }
}
