package org.workershome.competitions;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A criterion judges score from 0 to {@code maxScore}; its weight is its share of the total (weights add to 100). */
@Embeddable
public class RubricItem {

    private String name;
    private int weight;
    @Column(name = "max_score")
    private int maxScore;

    protected RubricItem() {}

    public RubricItem(String name, int weight, int maxScore) {
        this.name = name;
        this.weight = weight;
        this.maxScore = maxScore;
    }

    public String getName() { return name; }
    public int getWeight() { return weight; }
    public int getMaxScore() { return maxScore; }
}
