package org.workershome.relations;

/** What a checkpoint of a screening looks at. */
public enum Dimension {
    WAGES, SOCIAL_INSURANCE, CONTRACT, HOURS, SAFETY, RESTRUCTURING, BARGAINING
}
