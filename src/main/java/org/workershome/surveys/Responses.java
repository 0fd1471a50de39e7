package org.workershome.surveys;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Responses of a survey; callers have checked that the survey is theirs to read. */
interface Responses extends JpaRepository<Response, String> {

    /** In id order: random, so never the order they came in. */
    List<Response> findBySurveyIdOrderById(Long surveyId);

    long countBySurveyId(Long surveyId);

    /** Open-text answers containing the words (a substring: Chinese needs no word breaks for it). */
    @Query("select a.value from Response r join r.answers a where r.surveyId = :surveyId and a.questionId in :questions"
            + " and lower(a.value) like lower(concat('%', :words, '%')) escape '\\' order by a.value")
    List<String> textsContaining(Long surveyId, List<Long> questions, String words);
}
