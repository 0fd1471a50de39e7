package org.workershome.surveys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * One filled survey. Its id is random; for an anonymous survey it keeps the respondent's org (for the results by
 * org) and nothing else of him — no member, name or day — so that no column, id order or time links it to the
 * participation. Not a scoped entity on purpose: the audit listener writes scoped records with their actor, and
 * nobody may be recorded as the author of an anonymous answer. Read only through its survey, which is scoped.
 */
@Entity
@Table(name = "surveys_response")
public class Response {

    /** One value of an answer: a choice, a number, a text; {@code item} names a matrix row or a ranked option. */
    @Embeddable
    public record Answer(@Column(name = "question_id") Long questionId, String item,
            @Column(name = "answer_value") String value) {}

    @Id
    private String id;
    private Long surveyId;
    private Long orgId;
    private Long memberId;
    private String respondentName;
    private LocalDate submittedOn;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "surveys_answer", joinColumns = @JoinColumn(name = "response_id"))
    @OrderColumn(name = "answer_order")
    private List<Answer> answers = new ArrayList<>();

    protected Response() {}

    /** An anonymous response: the org alone. */
    static Response anonymous(Long surveyId, Long orgId, List<Answer> answers) {
        Response r = new Response();
        r.id = UUID.randomUUID().toString();
        r.surveyId = surveyId;
        r.orgId = orgId;
        r.answers.addAll(answers);
        return r;
    }

    /** A named response: who answered, and on which day. */
    static Response named(Long surveyId, Long orgId, Long memberId, String name, LocalDate on, List<Answer> answers) {
        Response r = anonymous(surveyId, orgId, answers);
        r.memberId = memberId;
        r.respondentName = name;
        r.submittedOn = on;
        return r;
    }

    public String getId() { return id; }
    public Long getSurveyId() { return surveyId; }
    public Long getOrgId() { return orgId; }
    public Long getMemberId() { return memberId; }
    public String getRespondentName() { return respondentName; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public List<Answer> getAnswers() { return answers; }
}
