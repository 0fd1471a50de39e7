package org.workershome.surveys;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * That a member took part in a survey — for one response per person — and nothing else: no response id, no time.
 * Not a scoped entity, so not audited: the audit row's time would sit next to the response's insert.
 */
@Entity
@Table(name = "surveys_participation")
@IdClass(Participation.Key.class)
public class Participation {

    public record Key(Long surveyId, Long memberId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private Long surveyId;
    @Id
    private Long memberId;

    protected Participation() {}

    Participation(Long surveyId, Long memberId) {
        this.surveyId = surveyId;
        this.memberId = memberId;
    }

    public Long getSurveyId() { return surveyId; }
    public Long getMemberId() { return memberId; }
}
