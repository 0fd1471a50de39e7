package org.workershome.competitions;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.workflow.Timeline;

/** Organising a competition: its terms and rubric, and moving it through its stages. */
@Service
public class CompetitionManagement {

    /** The terms of a competition as the organiser gives them. */
    public record Draft(String title, String theme, CompetitionKind kind, CompetitionLevel level, String occupation,
            int trimCount, int prizeCount, List<RubricItem> rubric) {}

    private final Competitions competitions;
    private final Access access;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CompetitionManagement(Competitions competitions, Access access, Timeline timeline, ApplicationEventPublisher events,
            Clock clock) {
        this.competitions = competitions;
        this.access = access;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Competition create(CurrentUser user, Long orgId, Draft draft) {
        access.require(user, CompetitionsModule.MANAGE, orgId);
        check(draft);
        return competitions.save(new Competition(orgId, draft, clock.instant()));
    }

    @Transactional
    public Competition edit(CurrentUser user, Long id, Draft draft) {
        Competition competition = get(id);
        access.require(user, CompetitionsModule.MANAGE, competition.getOrgId());
        check(draft);
        competition.edit(draft);
        return competition;
    }

    /** The next stage; publishing locks the scores and tells the listeners (certificates for the winners). */
    @Transactional
    public Competition advance(CurrentUser user, Long id, CompetitionAction action) {
        Competition competition = get(id);
        access.require(user, CompetitionsModule.MANAGE, competition.getOrgId());
        CompetitionStage from = competition.advance(action, clock.instant());
        timeline.record("competition", id, competition.getOrgId(), action, from, competition.getStage(), null);
        if (competition.getStage() == CompetitionStage.RESULTS_PUBLISHED) {
            events.publishEvent(new ResultsPublished(id, competition.getOrgId(), user.accountId()));
        }
        return competition;
    }

    /** A competition in the caller's scope (404 otherwise). */
    @Transactional(readOnly = true)
    public Competition get(Long id) {
        return competitions.findById(id).orElseThrow(NotFound.of("competition", id));
    }

    @Transactional(readOnly = true)
    public List<Competition> list() {
        return competitions.findAllByOrderByCreatedAtDesc();
    }

    private static void check(Draft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(draft.title()) || draft.title().length() > 200) {
            errors.put("title", "competition.title.required");
        }
        if (blank(draft.theme()) || draft.theme().length() > 500) {
            errors.put("theme", "competition.theme.required");
        }
        if (draft.kind() == null) {
            errors.put("kind", "competition.kind.required");
        }
        if (draft.level() == null) {
            errors.put("level", "competition.level.required");
        }
        if (draft.occupation() != null && draft.occupation().length() > 100) {
            errors.put("occupation", "competition.occupation.size");
        }
        if (draft.trimCount() < 0 || draft.trimCount() > 3) {
            errors.put("trimCount", "competition.trimCount.range");
        }
        if (draft.prizeCount() < 1 || draft.prizeCount() > 20) {
            errors.put("prizeCount", "competition.prizeCount.range");
        }
        List<RubricItem> rubric = draft.rubric();
        if (rubric == null || rubric.isEmpty() || rubric.size() > 10) {
            errors.put("rubric", "competition.rubric.required");
        } else if (rubric.stream().anyMatch(i -> blank(i.getName()) || i.getName().length() > 100 || i.getWeight() <= 0
                || i.getMaxScore() < 1 || i.getMaxScore() > 1000)) {
            errors.put("rubric", "competition.rubric.item");
        } else if (rubric.stream().mapToInt(RubricItem::getWeight).sum() != 100) {
            errors.put("rubric", "competition.rubric.weights");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
