package org.workershome.surveys;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PendingResponses extends JpaRepository<PendingResponse, String> {

    List<PendingResponse> findBySurveyId(Long surveyId);

    long countBySurveyId(Long surveyId);

    @Query("select distinct p.surveyId from PendingResponse p")
    List<Long> surveysWaiting();
}
