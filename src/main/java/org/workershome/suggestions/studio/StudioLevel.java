package org.workershome.suggestions.studio;

/** A studio's recognition: by the grassroots union, the province, the national union. */
public enum StudioLevel { GRASSROOTS, PROVINCIAL, NATIONAL }
