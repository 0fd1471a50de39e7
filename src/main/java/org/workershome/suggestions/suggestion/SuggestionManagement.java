package org.workershome.suggestions.suggestion;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.time.Times;
import org.workershome.core.workflow.Timeline;
import org.workershome.core.workflow.TimelineEntry;
import org.workershome.suggestions.SuggestionAdopted;
import org.workershome.suggestions.SuggestionImplemented;
import org.workershome.suggestions.SuggestionsModule;

/**
 * Suggestions (合理化建议): a member submits (alone or for a team) to his union; its committee (holders of
 * {@link SuggestionsModule#EVALUATE} for the org) scores, then adopts, declines or merges it into another; an adopted one
 * is implemented by an owner by a deadline, its measured benefit recorded, the proposer rewarded, the result
 * transferred (patent, method, standard, another unit).
 */
@Service
public class SuggestionManagement {

    static final String TARGET = "suggestion";
    static final EnumSet<SuggestionStatus> ADOPTED = EnumSet.of(SuggestionStatus.ADOPTED, SuggestionStatus.IMPLEMENTING,
            SuggestionStatus.IMPLEMENTED);

    private final Suggestions suggestions;
    private final Access access;
    private final Timeline timeline;
    private final MemberDirectory members;
    private final ApplicationEventPublisher events;
    private final SuggestionsProperties properties;
    private final Clock clock;

    SuggestionManagement(Suggestions suggestions, Access access, Timeline timeline, MemberDirectory members,
            ApplicationEventPublisher events, SuggestionsProperties properties, Clock clock) {
        this.suggestions = suggestions;
        this.access = access;
        this.timeline = timeline;
        this.members = members;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** A decision of the committee: ADOPT, REJECT or MERGE (into {@code mergedIntoId}). */
    public record Decision(SuggestionAction action, String note, Long mergedIntoId) {}

    /** The signed-in member's suggestion to his own union. */
    @Transactional
    public Suggestion submit(CurrentUser user, Suggestion.Draft draft) {
        check(draft);
        MemberDirectory.MemberSummary member = user.memberId() == null ? null
                : members.find(user.memberId()).filter(MemberDirectory.MemberSummary::active).orElse(null);
        if (member == null) {
            throw new Conflict("suggestions.error.notMember");
        }
        Suggestion suggestion = suggestions.save(new Suggestion(member.orgId(), member.id(), member.name(), draft,
                SuggestionSource.MEMBER, null, user.accountId(), clock.instant()));
        timeline.record(TARGET, suggestion.getId(), suggestion.getOrgId(), SuggestionAction.SUBMIT, null,
                suggestion.getStatus(), null);
        return suggestion;
    }

    /** A motion of the congress converted by its committee: a suggestion of the congress's org, once per motion. */
    @Transactional
    public Suggestion fromMotion(Long motionId, Long orgId, Long memberId, String proposerName, Suggestion.Draft draft) {
        return suggestions.findByMotionId(motionId).orElseGet(() -> {
            Suggestion suggestion = suggestions.save(new Suggestion(orgId, memberId, cut(proposerName, 50),
                    new Suggestion.Draft(cut(draft.title(), 200), cut(draft.problem(), 4000), cut(draft.proposal(), 8000),
                            "", null), SuggestionSource.CONGRESS_MOTION, motionId, null, clock.instant()));
            timeline.record(TARGET, suggestion.getId(), orgId, SuggestionAction.SUBMIT, null, suggestion.getStatus(),
                    null);
            return suggestion;
        });
    }

    @Transactional
    public Suggestion score(CurrentUser user, Long id, int innovation, int feasibility, int benefit) {
        Suggestion suggestion = evaluated(user, id);
        if (suggestion.isProposedBy(user.memberId())) {
            throw new Conflict("suggestions.error.ownSuggestion");
        }
        suggestion.score(user.accountId(), cut(user.displayName(), 50), innovation, feasibility, benefit, clock.instant());
        timeline.record(TARGET, id, suggestion.getOrgId(), SuggestionAction.SCORE, suggestion.getStatus(),
                suggestion.getStatus(), String.valueOf(innovation + feasibility + benefit));
        return suggestion;
    }

    @Transactional
    public Suggestion decide(CurrentUser user, Long id, Decision decision) {
        Suggestion suggestion = evaluated(user, id);
        if (decision.action() == null) {
            throw InvalidInput.field("action", "suggestions.decision.required");
        }
        SuggestionStatus from = switch (decision.action()) {
            case ADOPT -> suggestion.adopt(decision.note(), properties.minScores(), clock.instant());
            case REJECT -> suggestion.reject(decision.note(), clock.instant());
            case MERGE -> suggestion.mergeInto(suggestions.findById(decision.mergedIntoId() == null ? -1 : decision.mergedIntoId())
                    .orElseThrow(() -> InvalidInput.field("mergedIntoId", "suggestions.merge.target")), decision.note(),
                    clock.instant());
            default -> throw InvalidInput.field("action", "suggestions.decision.required");
        };
        timeline.record(TARGET, id, suggestion.getOrgId(), decision.action(), from, suggestion.getStatus(),
                suggestion.getDecisionNote());
        if (suggestion.getStatus() == SuggestionStatus.ADOPTED) {
            events.publishEvent(new SuggestionAdopted(id, suggestion.getOrgId(), suggestion.getMemberId(),
                    suggestion.getTitle()));
        }
        return suggestion;
    }

    @Transactional
    public Suggestion assign(CurrentUser user, Long id, String owner, LocalDate dueOn) {
        Suggestion suggestion = evaluated(user, id);
        SuggestionStatus from = suggestion.assign(owner, dueOn, today());
        timeline.record(TARGET, id, suggestion.getOrgId(), SuggestionAction.ASSIGN, from, suggestion.getStatus(),
                suggestion.getOwnerName() + " · " + dueOn);
        return suggestion;
    }

    @Transactional
    public Suggestion complete(CurrentUser user, Long id, Benefit benefit) {
        Suggestion suggestion = evaluated(user, id);
        SuggestionStatus from = suggestion.complete(benefit, clock.instant());
        timeline.record(TARGET, id, suggestion.getOrgId(), SuggestionAction.COMPLETE, from, suggestion.getStatus(), null);
        events.publishEvent(new SuggestionImplemented(id, suggestion.getOrgId(), suggestion.getMoneySaved(),
                suggestion.getHoursSaved(), suggestion.getEmissionsCut()));
        return suggestion;
    }

    @Transactional
    public Suggestion reward(CurrentUser user, Long id, BigDecimal amount, String note) {
        Suggestion suggestion = evaluated(user, id);
        suggestion.reward(amount, note);
        timeline.record(TARGET, id, suggestion.getOrgId(), SuggestionAction.REWARD, suggestion.getStatus(),
                suggestion.getStatus(), suggestion.getRewardAmount().toPlainString());
        return suggestion;
    }

    @Transactional
    public Suggestion transfer(CurrentUser user, Long id, TransferKind kind, String reference, String note,
            LocalDate on) {
        Suggestion suggestion = evaluated(user, id);
        suggestion.transfer(kind, reference, note, on);
        timeline.record(TARGET, id, suggestion.getOrgId(), SuggestionAction.TRANSFER, suggestion.getStatus(),
                suggestion.getStatus(), kind + " " + reference.strip());
        return suggestion;
    }

    @Transactional(readOnly = true)
    public Suggestion get(Long id) {
        return suggestions.findById(id).orElseThrow(NotFound.of("suggestion", id));
    }

    @Transactional(readOnly = true)
    public Suggestion ofMotion(Long motionId) {
        return suggestions.findByMotionId(motionId).orElseThrow(NotFound.of("suggestion", motionId));
    }

    /** Every suggestion the caller sees (a cadre: his scope's; a worker: his own and the adopted), newest first. */
    @Transactional(readOnly = true)
    public List<Suggestion> list() {
        return suggestions.findAllByOrderBySubmittedAtDescIdDesc();
    }

    /** The public list: adopted suggestions the caller sees, latest decision first. */
    @Transactional(readOnly = true)
    public List<Suggestion> adopted() {
        return suggestions.findByStatusInOrderByDecidedAtDescIdDesc(ADOPTED);
    }

    @Transactional(readOnly = true)
    public List<Suggestion> mine(CurrentUser user) {
        return user.memberId() == null ? List.of() : suggestions.findByMemberIdOrderBySubmittedAtDesc(user.memberId());
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> timelineOf(Suggestion suggestion) {
        return timeline.of(TARGET, suggestion.getId());
    }

    public boolean mayEvaluate(CurrentUser user, Suggestion suggestion) {
        return access.may(user, SuggestionsModule.EVALUATE, suggestion.getOrgId());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Times.ZONE));
    }

    private Suggestion evaluated(CurrentUser user, Long id) {
        Suggestion suggestion = get(id);
        access.require(user, SuggestionsModule.EVALUATE, suggestion.getOrgId());
        return suggestion;
    }

    private static void check(Suggestion.Draft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(draft.title()) || draft.title().length() > 200) {
            errors.put("title", "suggestions.title.required");
        }
        if (blank(draft.problem()) || draft.problem().length() > 4000) {
            errors.put("problem", "suggestions.problem.required");
        }
        if (blank(draft.proposal()) || draft.proposal().length() > 8000) {
            errors.put("proposal", "suggestions.proposal.required");
        }
        if (draft.expectedBenefit() != null && draft.expectedBenefit().length() > 2000) {
            errors.put("expectedBenefit", "suggestions.expectedBenefit.size");
        }
        if (draft.teamMembers() != null && draft.teamMembers().length() > 500) {
            errors.put("teamMembers", "suggestions.teamMembers.size");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() > max ? s.substring(0, max) : s;
    }
}
