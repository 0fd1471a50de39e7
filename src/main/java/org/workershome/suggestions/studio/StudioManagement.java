package org.workershome.suggestions.studio;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.time.Times;
import org.workershome.suggestions.SuggestionsModule;

/** The registry of innovation studios, kept by holders of {@link SuggestionsModule#STUDIOS} for the studio's org. */
@Service
public class StudioManagement {

    private final Studios studios;
    private final MemberDirectory members;
    private final Access access;
    private final Clock clock;

    StudioManagement(Studios studios, MemberDirectory members, Access access, Clock clock) {
        this.studios = studios;
        this.members = members;
        this.access = access;
        this.clock = clock;
    }

    public record Draft(String name, Long leaderMemberId, String field, StudioLevel level, LocalDate foundedOn) {}

    /** Registers a studio of the leader's union. */
    @Transactional
    public Studio register(CurrentUser user, Draft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft.name() == null || draft.name().isBlank() || draft.name().length() > 200) {
            errors.put("name", "suggestions.studio.name.required");
        }
        if (draft.field() == null || draft.field().isBlank() || draft.field().length() > 200) {
            errors.put("field", "suggestions.studio.field.required");
        }
        if (draft.level() == null) {
            errors.put("level", "suggestions.studio.level.required");
        }
        if (draft.foundedOn() == null || draft.foundedOn().isAfter(today())) {
            errors.put("foundedOn", "suggestions.studio.foundedOn.past");
        }
        MemberDirectory.MemberSummary leader = member(draft.leaderMemberId(), "leaderMemberId");
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        access.require(user, SuggestionsModule.STUDIOS, leader.orgId());
        return studios.save(new Studio(leader.orgId(), draft.name().strip(), leader.id(), leader.name(),
                draft.field().strip(), draft.level(), draft.foundedOn(), clock.instant()));
    }

    @Transactional
    public Studio join(CurrentUser user, Long id, Long memberId) {
        Studio studio = managed(user, id);
        MemberDirectory.MemberSummary member = member(memberId, "memberId");
        studio.join(member.id(), member.name(), today());
        return studio;
    }

    @Transactional
    public Studio record(CurrentUser user, Long id, ResultKind kind, String title, LocalDate on) {
        Studio studio = managed(user, id);
        studio.record(kind, title, on);
        return studio;
    }

    @Transactional
    public Studio receive(CurrentUser user, Long id, BigDecimal amount, String source, LocalDate on) {
        Studio studio = managed(user, id);
        studio.receive(amount, source, on);
        return studio;
    }

    @Transactional
    public Studio assess(CurrentUser user, Long id, int year, int stars, String note) {
        Studio studio = managed(user, id);
        studio.assess(year, stars, note);
        return studio;
    }

    @Transactional(readOnly = true)
    public Studio get(Long id) {
        return studios.findById(id).orElseThrow(NotFound.of("studio", id));
    }

    @Transactional(readOnly = true)
    public List<Studio> list() {
        return studios.findAllByOrderByNameAsc();
    }

    public boolean mayManage(CurrentUser user, Studio studio) {
        return access.may(user, SuggestionsModule.STUDIOS, studio.getOrgId());
    }

    public List<MemberDirectory.MemberSummary> candidates(Long orgId) {
        List<MemberDirectory.MemberSummary> all = members.activeInSubtree(orgId);
        return all.size() > 500 ? all.subList(0, 500) : all;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Times.ZONE));
    }

    private Studio managed(CurrentUser user, Long id) {
        Studio studio = get(id);
        access.require(user, SuggestionsModule.STUDIOS, studio.getOrgId());
        return studio;
    }

    private MemberDirectory.MemberSummary member(Long memberId, String field) {
        return (memberId == null ? java.util.Optional.<MemberDirectory.MemberSummary>empty() : members.find(memberId))
                .filter(MemberDirectory.MemberSummary::active)
                .orElseThrow(() -> InvalidInput.field(field, "suggestions.craftsman.member.unknown"));
    }
}
