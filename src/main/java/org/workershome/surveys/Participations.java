package org.workershome.surveys;

import org.springframework.data.jpa.repository.JpaRepository;

/** Who took part in which survey. */
interface Participations extends JpaRepository<Participation, Participation.Key> {

    boolean existsBySurveyIdAndMemberId(Long surveyId, Long memberId);
}
