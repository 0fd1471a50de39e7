package org.workershome.homes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One green practice of a home (solar panels, waste sorting …) and the year it began. */
@Embeddable
public class GreenPractice {

    @Column(name = "practice")
    private String text;
    @Column(name = "since_year")
    private int sinceYear;

    protected GreenPractice() {}

    GreenPractice(String text, int sinceYear) {
        this.text = text;
        this.sinceYear = sinceYear;
    }

    public String getText() { return text; }
    public int getSinceYear() { return sinceYear; }
}
