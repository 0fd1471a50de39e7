package org.workershome.suggestions.craftsman;

/** The titles the union awards: the green ecological craftsman brand (绿色生态工匠), chief technician, skill master. */
public enum CraftsmanTitle { GREEN_CRAFTSMAN, CHIEF_TECHNICIAN, SKILL_MASTER }
