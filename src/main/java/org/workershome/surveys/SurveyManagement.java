package org.workershome.surveys;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.Role;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.time.Times;

/** Building surveys: a draft with its questions, published to its org subtree, closed early if need be. */
@Service
public class SurveyManagement {

    private final Surveys surveys;
    private final Access access;
    private final IdempotentSubmissions submissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SurveyManagement(Surveys surveys, Access access, IdempotentSubmissions submissions,
            ApplicationEventPublisher events, Clock clock) {
        this.surveys = surveys;
        this.access = access;
        this.submissions = submissions;
        this.events = events;
        this.clock = clock;
    }

    /** A new survey as entered: the org whose subtree is asked, the roles asked (none: everyone), the days. */
    public record SurveyDraft(Long orgId, String title, String description, boolean anonymous, Set<Role> roles,
            LocalDate startsOn, LocalDate deadlineOn) {}

    @Transactional
    public Survey create(CurrentUser user, SurveyDraft draft, String requestToken) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft.orgId() == null) {
            errors.put("orgId", "surveys.orgId.required");
        }
        if (draft.title() == null || draft.title().isBlank()) {
            errors.put("title", "surveys.title.required");
        } else if (draft.title().strip().length() > 200) {
            errors.put("title", "surveys.title.size");
        }
        if (draft.description() != null && draft.description().strip().length() > 2000) {
            errors.put("description", "surveys.description.size");
        }
        LocalDate today = LocalDate.now(clock.withZone(Times.ZONE));
        if (draft.startsOn() == null) {
            errors.put("startsOn", "surveys.startsOn.required");
        }
        if (draft.deadlineOn() == null || draft.deadlineOn().isBefore(today)
                || draft.startsOn() != null && draft.deadlineOn().isBefore(draft.startsOn())) {
            errors.put("deadlineOn", "surveys.deadlineOn.invalid");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        access.require(user, SurveysModule.MANAGE, draft.orgId());
        return submissions.submit(requestToken, "surveys.survey.create", () -> surveys.save(new Survey(draft.orgId(),
                draft.title().strip(), blankToNull(draft.description()), draft.anonymous(),
                draft.roles() == null ? Set.of() : draft.roles(), draft.startsOn().atStartOfDay(Times.ZONE).toInstant(),
                draft.deadlineOn().plusDays(1).atStartOfDay(Times.ZONE).toInstant(), user.accountId(),
                user.displayName(), clock.instant())), Survey::getId, id -> surveys.findById(Long.valueOf(id))).value();
    }

    @Transactional(readOnly = true)
    public Survey get(Long id) {
        Survey survey = surveys.findById(id).orElseThrow(() -> new NotFound("Survey", id));
        survey.getQuestions().size();
        return survey;
    }

    /** A survey its author's org manages: the caller must hold the permission for its org. */
    @Transactional(readOnly = true)
    public Survey managed(CurrentUser user, Long id) {
        Survey survey = get(id);
        access.require(user, SurveysModule.MANAGE, survey.getOrgId());
        return survey;
    }

    @Transactional(readOnly = true)
    public List<Survey> inScope() {
        return surveys.findAllByOrderByCreatedAtDesc();
    }

    @Transactional
    public Question addQuestion(CurrentUser user, Long surveyId, QuestionDraft draft) {
        Survey survey = managed(user, surveyId);
        Question question = survey.add(draft);
        surveys.flush();
        return question;
    }

    @Transactional
    public void removeQuestion(CurrentUser user, Long surveyId, Long questionId) {
        managed(user, surveyId).remove(questionId);
    }

    @Transactional
    public void publish(CurrentUser user, Long surveyId) {
        Survey survey = managed(user, surveyId);
        survey.publish();
        events.publishEvent(new SurveyPublished(survey.getId(), survey.getOrgId(), survey.getTitle(),
                survey.isAnonymous(), survey.getDeadline()));
    }

    @Transactional
    public void close(CurrentUser user, Long surveyId) {
        Survey survey = managed(user, surveyId);
        Instant now = clock.instant();
        survey.closeAt(now);
        events.publishEvent(new SurveyClosed(survey.getId(), survey.getOrgId(), now));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
