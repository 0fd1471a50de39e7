package org.workershome.competitions;

/** A labour competition (劳动竞赛) or a skill contest (技能竞赛). */
public enum CompetitionKind {
    LABOUR, SKILL
}
