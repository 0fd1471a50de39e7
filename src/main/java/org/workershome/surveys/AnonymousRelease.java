package org.workershome.surveys;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/**
 * Moves anonymous responses from the pending table into {@code surveys_response}, in a shuffled batch with a fresh id
 * each, once a survey has at least {@code min-group} of them waiting, or all of them when it has closed. The rows a
 * respondent's transaction wrote (participation and pending response) then share nothing with the released
 * response — not PostgreSQL's transaction id ({@code xmin}), not the insertion order — so that even a database
 * administrator can narrow an answer down to no fewer than {@code min-group} people. Results of a closed survey
 * release what is left before they are read. {@link AnonymousReleaseJob} runs the passes.
 */
@Component
public class AnonymousRelease {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PendingResponses pending;
    private final Surveys surveys;
    private final EntityManager entityManager;
    private final SurveysProperties properties;
    private final Clock clock;

    AnonymousRelease(PendingResponses pending, Surveys surveys, EntityManager entityManager,
            SurveysProperties properties, Clock clock) {
        this.pending = pending;
        this.surveys = surveys;
        this.entityManager = entityManager;
        this.properties = properties;
        this.clock = clock;
    }

    List<Long> surveysWaiting() {
        return pending.surveysWaiting();
    }

    /** Holds an anonymous response in the respondent's transaction. */
    void hold(Long surveyId, Long orgId, List<Response.Answer> answers) {
        entityManager.persist(new PendingResponse(surveyId, orgId, answers));
    }

    /** A closed survey's waiting responses, released before its results are read (in a transaction of its own). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void releaseIfClosed(Survey survey) {
        if (survey.isAnonymous() && survey.isClosedAt(clock.instant()) && pending.countBySurveyId(survey.getId()) > 0) {
            release(survey.getId());
        }
    }

    /** Releases a survey's waiting responses when enough wait or it has closed; answers whether it did. */
    @Transactional
    public boolean releaseIfDue(Long surveyId) {
        Survey survey = surveys.findById(surveyId).orElseThrow();
        if (pending.countBySurveyId(surveyId) < properties.minGroup() && !survey.isClosedAt(clock.instant())) {
            return false;
        }
        release(surveyId);
        return true;
    }

    private void release(Long surveyId) {
        List<PendingResponse> waiting = new ArrayList<>(pending.findBySurveyId(surveyId));
        Collections.shuffle(waiting, RANDOM);
        for (PendingResponse p : waiting) {
            entityManager.persist(p.released());
            entityManager.flush(); // one insert after the other, in the shuffled order
        }
        pending.deleteAll(waiting);
    }
}
