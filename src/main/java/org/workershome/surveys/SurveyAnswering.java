package org.workershome.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.Conflict;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.time.Times;

/**
 * Answering surveys: which are open to a member (published, started, before the deadline, his org in the survey's
 * subtree, one of his roles asked), and one response per person. The participation ("member X took part in survey
 * S") and the response are written in one transaction, but nothing joins them: the participation has no response id
 * and no time, an anonymous response no member, name or day, and a random id, and it waits in a pending table until
 * {@link AnonymousRelease} moves it among others. The request token's row names the survey, not the response.
 */
@Service
public class SurveyAnswering {

    static final String PURPOSE = "surveys.answer";

    private final SurveyManagement management;
    private final Surveys surveys;
    private final Responses responses;
    private final MemberDirectory members;
    private final OrgDirectory orgs;
    private final IdempotentSubmissions submissions;
    private final Participations participations;
    private final EntityManager entityManager;
    private final AnonymousRelease release;
    private final Clock clock;

    SurveyAnswering(SurveyManagement management, Surveys surveys, Responses responses, MemberDirectory members,
            OrgDirectory orgs, IdempotentSubmissions submissions, Participations participations, EntityManager entityManager,
            AnonymousRelease release, Clock clock) {
        this.management = management;
        this.surveys = surveys;
        this.responses = responses;
        this.members = members;
        this.orgs = orgs;
        this.submissions = submissions;
        this.participations = participations;
        this.entityManager = entityManager;
        this.release = release;
        this.clock = clock;
    }

    /** A survey open to the user, with whether he has answered it. */
    public record Invitation(Survey survey, boolean answered) {}

    /** The surveys open to the user now, soonest deadline first. */
    @Transactional(readOnly = true)
    public List<Invitation> openTo(CurrentUser user) {
        Optional<MemberDirectory.MemberSummary> member = member(user);
        if (member.isEmpty()) {
            return List.of();
        }
        var now = clock.instant();
        return surveys.findByStatusOrderByDeadlineAsc(Survey.Status.PUBLISHED).stream()
                .filter(s -> s.isOpenAt(now) && asked(user, member.get(), s))
                .map(s -> new Invitation(s, answered(s.getId(), member.get().id()))).toList();
    }

    /** The survey to fill: open, and asked of the user; refused (403/409) otherwise. */
    @Transactional(readOnly = true)
    public Survey toAnswer(CurrentUser user, Long surveyId) {
        Survey survey = askedOf(user, surveyId);
        if (!survey.isOpenAt(clock.instant())) {
            throw new Conflict("surveys.error.notOpen");
        }
        survey.getQuestions().size(); // read here: the answer is stored in a transaction of its own
        return survey;
    }

    /** A published survey asked of the user, open or not (403 otherwise). */
    @Transactional(readOnly = true)
    public Survey askedOf(CurrentUser user, Long surveyId) {
        Survey survey = management.get(surveyId);
        MemberDirectory.MemberSummary member = member(user)
                .orElseThrow(() -> new BusinessException(HttpStatus.FORBIDDEN, "surveys.error.notAMember"));
        if (!asked(user, member, survey) || survey.getStatus() != Survey.Status.PUBLISHED) {
            throw new BusinessException(HttpStatus.FORBIDDEN, "surveys.error.notAsked");
        }
        return survey;
    }

    @Transactional(readOnly = true)
    public boolean hasAnswered(CurrentUser user, Long surveyId) {
        return member(user).map(m -> answered(surveyId, m.id())).orElse(false);
    }

    /**
     * Stores the user's answers once: a second response of the same person is refused (409), a repeated request
     * token (a resend from the device's outbox) is answered as done.
     */
    public Long submit(CurrentUser user, Long surveyId, Map<String, List<String>> params, String requestToken) {
        Survey survey = toAnswer(user, surveyId);
        MemberDirectory.MemberSummary member = member(user).orElseThrow();
        List<Response.Answer> answers = AnswerSheet.read(survey.getQuestions(), params);
        return submissions.submit(requestToken, PURPOSE, () -> {
            if (answered(surveyId, member.id())) {
                throw new Conflict("surveys.error.alreadyAnswered");
            }
            try {
                entityManager.persist(new Participation(surveyId, member.id()));
                entityManager.flush();
            } catch (DataIntegrityViolationException | jakarta.persistence.PersistenceException twin) {
                throw new Conflict("surveys.error.alreadyAnswered");
            }
            store(survey, member, answers);
            return surveyId;
        }, id -> id, id -> Optional.of(Long.valueOf(id))).value();
    }

    /**
     * Demo data only: the answers of a member without an account (the demo's members have none), through the same
     * sheet, participation and response as {@link #submit}.
     */
    @Transactional
    void seed(Long surveyId, Long memberId, Map<String, List<String>> params) {
        Survey survey = management.get(surveyId);
        MemberDirectory.MemberSummary member = members.find(memberId).orElseThrow();
        if (answered(surveyId, memberId) || !orgs.isWithin(member.orgId(), survey.getOrgId())) {
            return;
        }
        List<Response.Answer> answers = AnswerSheet.read(survey.getQuestions(), params);
        entityManager.persist(new Participation(surveyId, memberId));
        store(survey, member, answers);
    }

    /** A named response is stored at once; an anonymous one waits to be released in a batch of others. */
    private void store(Survey survey, MemberDirectory.MemberSummary member, List<Response.Answer> answers) {
        if (survey.isAnonymous()) {
            release.hold(survey.getId(), member.orgId(), answers);
        } else {
            responses.save(Response.named(survey.getId(), member.orgId(), member.id(), member.name(),
                    LocalDate.now(clock.withZone(Times.ZONE)), answers));
        }
    }

    private boolean asked(CurrentUser user, MemberDirectory.MemberSummary member, Survey survey) {
        return orgs.isWithin(member.orgId(), survey.getOrgId()) && survey.asks(user.roles());
    }

    private boolean answered(Long surveyId, Long memberId) {
        return participations.existsBySurveyIdAndMemberId(surveyId, memberId);
    }

    private Optional<MemberDirectory.MemberSummary> member(CurrentUser user) {
        return user.memberId() == null ? Optional.empty()
                : members.find(user.memberId()).filter(MemberDirectory.MemberSummary::active);
    }
}
