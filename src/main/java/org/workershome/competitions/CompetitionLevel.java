package org.workershome.competitions;

/** The level a competition is held at. */
public enum CompetitionLevel {
    GRASSROOTS, PROVINCIAL, NATIONAL
}
