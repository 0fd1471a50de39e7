package org.workershome.relations;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.workershome.core.error.InvalidInput;

/** One question of a template, with the weight a RISK answer adds to the unit's score. */
@Entity
@Table(name = "relations_checkpoint")
public class Checkpoint {

    static final int MAX_WEIGHT = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "template_id")
    private ScreeningTemplate template;
    @Enumerated(EnumType.STRING)
    private Dimension dimension;
    private String text;
    private int weight;
    private int sortOrder;

    protected Checkpoint() {}

    Checkpoint(ScreeningTemplate template, Dimension dimension, String text, int weight, int sortOrder) {
        this.template = template;
        this.sortOrder = sortOrder;
        edit(dimension, text, weight);
    }

    void edit(Dimension dimension, String text, int weight) {
        if (dimension == null) {
            throw InvalidInput.field("dimension", "relations.checkpoint.dimension.required");
        }
        if (text == null || text.isBlank() || text.length() > 500) {
            throw InvalidInput.field("text", "relations.checkpoint.text.required");
        }
        if (weight < 1 || weight > MAX_WEIGHT) {
            throw InvalidInput.field("weight", "relations.checkpoint.weight.range");
        }
        this.dimension = dimension;
        this.text = text.strip();
        this.weight = weight;
    }

    public Long getId() { return id; }
    public Dimension getDimension() { return dimension; }
    public String getText() { return text; }
    public int getWeight() { return weight; }
    public int getSortOrder() { return sortOrder; }
}
