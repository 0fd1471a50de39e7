package org.workershome.relations;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.scope.ScopedEntity;

/** One mediation session of a dispute: when, where, who took part, the minutes. Its worker party reads it too. */
@Entity
@Table(name = "relations_mediation_session")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or dispute_id in (select ms_d.id from "
        + "relations_dispute ms_d where ms_d.worker_member_id = :selfMemberId))")
public class MediationSession extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long disputeId;
    private LocalDate heldOn;
    private String place;
    private String participants;
    private String minutes;
    private String recordedBy;

    protected MediationSession() {}

    MediationSession(Dispute dispute, LocalDate heldOn, String place, String participants, String minutes,
            String recordedBy) {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (heldOn == null) {
            errors.put("heldOn", "relations.session.heldOn.required");
        }
        if (minutes == null || minutes.isBlank() || minutes.length() > 8000) {
            errors.put("minutes", "relations.session.minutes.required");
        }
        if ((place != null && place.length() > 200) || (participants != null && participants.length() > 1000)) {
            errors.put("place", "relations.session.place.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        this.disputeId = dispute.getId();
        this.orgId = dispute.getOrgId();
        this.heldOn = heldOn;
        this.place = place == null ? null : place.strip();
        this.participants = participants == null ? null : participants.strip();
        this.minutes = minutes.strip();
        this.recordedBy = recordedBy;
    }

    @Override
    public Long getId() { return id; }
    public Long getDisputeId() { return disputeId; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getPlace() { return place; }
    public String getParticipants() { return participants; }
    public String getMinutes() { return minutes; }
    public String getRecordedBy() { return recordedBy; }
}
