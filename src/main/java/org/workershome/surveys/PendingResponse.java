package org.workershome.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * An anonymous response not yet released into {@code surveys_response}: written in the participation's transaction
 * (so one response per person holds), moved by {@link AnonymousRelease} with a new id in a batch of others.
 */
@Entity
@Table(name = "surveys_pending_response")
class PendingResponse {

    @Id
    private String id;
    private Long surveyId;
    private Long orgId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "surveys_pending_answer", joinColumns = @JoinColumn(name = "response_id"))
    @OrderColumn(name = "answer_order")
    private List<Response.Answer> answers = new ArrayList<>();

    protected PendingResponse() {}

    PendingResponse(Long surveyId, Long orgId, List<Response.Answer> answers) {
        this.id = UUID.randomUUID().toString();
        this.surveyId = surveyId;
        this.orgId = orgId;
        this.answers.addAll(answers);
    }

    /** The released response: a fresh random id, the org and the answers, nothing of this row. */
    Response released() {
        return Response.anonymous(surveyId, orgId, answers);
    }

    Long getSurveyId() { return surveyId; }
}
