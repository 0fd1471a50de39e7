package org.workershome.congress.openaffairs;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One paragraph of a consultation's draft; read only through its (scoped) {@link Consultation}. */
@Entity
@Table(name = "congress_consultation_paragraph")
public class ConsultationParagraph {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long consultationId;
    private int seq;
    private String text;

    protected ConsultationParagraph() {}

    ConsultationParagraph(Long consultationId, int seq, String text) {
        this.consultationId = consultationId;
        this.seq = seq;
        this.text = text;
    }

    public Long getId() { return id; }
    public Long getConsultationId() { return consultationId; }
    public int getSeq() { return seq; }
    public String getText() { return text; }
}
