package org.workershome.portal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.scope.Scopes;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;

/**
 * Model deeds: a grassroots cadre nominates a member of their scope (a member outside it is "not found", as if read
 * in the cadre's scope) or a team of an org in their scope (403 otherwise); an editor approves or
 * rejects. Editors work nationally while deeds belong to orgs, so the newsroom reads and decides them as the system
 * after its own permission check; the deed stays scoped for everyone else, and every write is audited by the listener.
 */
@Service
public class DeedManagement {

    public record Nomination(Long memberId, String teamName, Long orgId, String title, String story, Long topicId) {
    }

    private final Deeds deeds;
    private final MemberDirectory members;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeedManagement(Deeds deeds, MemberDirectory members, Access access, ApplicationEventPublisher events, Clock clock) {
        this.deeds = deeds;
        this.members = members;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Deed nominate(CurrentUser cadre, Nomination n) {
        access.require(cadre, PortalModule.NOMINATE_DEED);
        Map<String, String> errors = new HashMap<>();
        if (n.title() == null || n.title().isBlank() || n.title().length() > 200) {
            errors.put("title", "portal.error.title");
        }
        if (n.story() == null || n.story().isBlank() || n.story().length() > 8000) {
            errors.put("story", "portal.deed.error.story");
        }
        boolean team = n.teamName() != null && !n.teamName().isBlank();
        if (n.memberId() == null && !team) {
            errors.put("memberId", "portal.deed.error.who");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Long orgId;
        if (n.memberId() != null) {
            orgId = members.find(n.memberId()).map(MemberDirectory.MemberSummary::orgId)
                    .filter(org -> access.covers(cadre, org)).orElseThrow(NotFound.of("member", n.memberId()));
        } else {
            orgId = n.orgId() == null ? cadre.orgId() : n.orgId();
            access.require(cadre, PortalModule.NOMINATE_DEED, orgId);
        }
        return deeds.save(new Deed(orgId, n.memberId(), team ? n.teamName().strip() : null, n.title().strip(),
                n.story().strip(), n.topicId(), cadre.accountId(), clock.instant()));
    }

    @Transactional
    public Deed decide(CurrentUser editor, Long id, boolean approve) {
        access.require(editor, PortalModule.WRITE);
        Deed deed = Scopes.asSystem(() -> {
            Deed d = deeds.findById(id).orElseThrow(NotFound.of("deed", id));
            d.decide(approve, editor.accountId(), clock.instant());
            return deeds.saveAndFlush(d);
        });
        events.publishEvent(new PortalChanged("deed", id));
        return deed;
    }

    @Transactional(readOnly = true)
    public List<Deed> awaiting(CurrentUser editor) {
        access.require(editor, PortalModule.WRITE);
        return Scopes.asSystem(() -> deeds.findByStatusOrderByNominatedAtDesc(DeedStatus.NOMINATED));
    }

    /** Approved deeds of a member: on their own page. */
    @Transactional(readOnly = true)
    public List<Deed> approvedOf(Long memberId) {
        return deeds.findByStatusAndMemberIdOrderByDecidedAtDesc(DeedStatus.APPROVED, memberId);
    }
}
