package org.workershome.suggestions.craftsman;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.workflow.Timeline;
import org.workershome.suggestions.CraftsmanAwarded;
import org.workershome.suggestions.suggestion.SuggestionsProperties;

/**
 * The public notice (公示) of a nomination the panel approved: members who see it object until its last working day;
 * the panel dismisses or upholds each objection (upheld rejects the nomination); once the notice is over and no
 * objection is open, the panel awards the title.
 */
@Service
public class PublicNotice {

    private final CraftsmanManagement craftsmen;
    private final Objections objections;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final SuggestionsProperties properties;
    private final Clock clock;

    PublicNotice(CraftsmanManagement craftsmen, Objections objections, Timeline timeline,
            ApplicationEventPublisher events, SuggestionsProperties properties, Clock clock) {
        this.craftsmen = craftsmen;
        this.objections = objections;
        this.timeline = timeline;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public Objection object(CurrentUser user, Long id, String text) {
        Craftsman craftsman = craftsmen.get(id);
        if (user.memberId() == null) {
            throw new Conflict("suggestions.error.notMember");
        }
        craftsman.checkObjectable(craftsmen.today());
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw InvalidInput.field("text", "suggestions.objection.text.required");
        }
        Objection objection = objections.save(new Objection(craftsman, user.memberId(), text.strip(), clock.instant()));
        timeline.record(CraftsmanManagement.TARGET, id, craftsman.getOrgId(), CraftsmanAction.OBJECT,
                craftsman.getStatus(), craftsman.getStatus(), null);
        return objection;
    }

    /** DISMISS or UPHOLD an open objection; upholding one rejects the nomination. */
    @Transactional
    public Craftsman settle(CurrentUser user, Long id, Long objectionId, CraftsmanAction action) {
        Craftsman craftsman = craftsmen.managed(user, id);
        Objection objection = objections.findById(objectionId).filter(o -> o.getCraftsmanId().equals(id))
                .orElseThrow(NotFound.of("objection", objectionId));
        if (action == CraftsmanAction.UPHOLD) {
            objection.settle(Objection.Status.UPHELD, clock.instant());
            CraftsmanStatus from = craftsman.uphold();
            timeline.record(CraftsmanManagement.TARGET, id, craftsman.getOrgId(), action, from, craftsman.getStatus(),
                    objection.getText());
        } else if (action == CraftsmanAction.DISMISS) {
            objection.settle(Objection.Status.DISMISSED, clock.instant());
            timeline.record(CraftsmanManagement.TARGET, id, craftsman.getOrgId(), action, craftsman.getStatus(),
                    craftsman.getStatus(), null);
        } else {
            throw InvalidInput.field("action", "suggestions.craftsman.review.required");
        }
        return craftsman;
    }

    @Transactional
    public Craftsman award(CurrentUser user, Long id) {
        Craftsman craftsman = craftsmen.managed(user, id);
        CraftsmanStatus from = craftsman.award(craftsmen.today(),
                objections.countByCraftsmanIdAndStatus(id, Objection.Status.OPEN), properties.termYears());
        timeline.record(CraftsmanManagement.TARGET, id, craftsman.getOrgId(), CraftsmanAction.AWARD, from,
                craftsman.getStatus(), null);
        events.publishEvent(new CraftsmanAwarded(id, craftsman.getOrgId(), craftsman.getMemberId(),
                craftsman.getTitle().name(), craftsman.getTermEndsOn()));
        return craftsman;
    }

    /** The objections the caller sees: all of them for the panel, his own for a member. */
    @Transactional(readOnly = true)
    public List<Objection> of(Craftsman craftsman) {
        return objections.findByCraftsmanIdOrderByRaisedAt(craftsman.getId());
    }
}
