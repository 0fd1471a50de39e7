package org.workershome.relations;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A checkpoint as it stood when the task was made, and its answer (null until submitted). */
@Embeddable
public class ScreeningAnswer {

    private Long checkpointId;
    @Enumerated(EnumType.STRING)
    private Dimension dimension;
    private String text;
    private int weight;
    private Boolean risk;
    private String note;

    protected ScreeningAnswer() {}

    ScreeningAnswer(Checkpoint checkpoint) {
        this.checkpointId = checkpoint.getId();
        this.dimension = checkpoint.getDimension();
        this.text = checkpoint.getText();
        this.weight = checkpoint.getWeight();
    }

    /** For rules and tests: an answered checkpoint. */
    ScreeningAnswer(Dimension dimension, int weight, boolean risk) {
        this.dimension = dimension;
        this.text = dimension.name();
        this.weight = weight;
        this.risk = risk;
    }

    void answer(boolean risk, String note) {
        this.risk = risk;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public Long getCheckpointId() { return checkpointId; }
    public Dimension getDimension() { return dimension; }
    public String getText() { return text; }
    public int getWeight() { return weight; }
    public Boolean getRisk() { return risk; }
    public String getNote() { return note; }
}
