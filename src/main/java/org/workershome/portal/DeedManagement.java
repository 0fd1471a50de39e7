package org.workershome.portal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.member.Member;
import org.workershome.core.member.Members;
import org.workershome.core.scope.Scopes;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;

/**
 * Model deeds: a grassroots cadre nominates a member of their scope (the member is read in the cadre's scope, so
 * anyone else is "not found") or a team of an org in their scope (ScopeGuard refuses others); an editor approves or
 * rejects. Editors work nationally while deeds belong to orgs, so the newsroom reads and decides them as the system
 * after its own permission check; the deed stays scoped for everyone else, and every write is audited by the listener.
 */
@Service
public class DeedManagement {

    public record Nomination(Long memberId, String teamName, Long orgId, String title, String story, Long topicId) {
    }

    private final Deeds deeds;
    private final Members members;
    private final Scopes scopes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeedManagement(Deeds deeds, Members members, Scopes scopes, ApplicationEventPublisher events, Clock clock) {
        this.deeds = deeds;
        this.members = members;
        this.scopes = scopes;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Deed nominate(CurrentUser cadre, Nomination n) {
        cadre.requirePermission(PortalModule.NOMINATE_DEED);
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
            Member member = members.findById(n.memberId()).orElseThrow(NotFound.of("member", n.memberId()));
            orgId = member.getOrgId();
        } else {
            orgId = n.orgId() == null ? cadre.orgId() : n.orgId();
            scopes.checkWritable(orgId, null);
        }
        return deeds.save(new Deed(orgId, n.memberId(), team ? n.teamName().strip() : null, n.title().strip(),
                n.story().strip(), n.topicId(), cadre.accountId(), clock.instant()));
    }

    @Transactional
    public Deed decide(CurrentUser editor, Long id, boolean approve) {
        editor.requirePermission(PortalModule.WRITE);
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
        editor.requirePermission(PortalModule.WRITE);
        return Scopes.asSystem(() -> deeds.findByStatusOrderByNominatedAtDesc(DeedStatus.NOMINATED));
    }

    /** Approved deeds of a member: on their own page. */
    @Transactional(readOnly = true)
    public List<Deed> approvedOf(Long memberId) {
        return deeds.findByStatusAndMemberIdOrderByDecidedAtDesc(DeedStatus.APPROVED, memberId);
    }
}
