package org.workershome.training.skill;

import java.util.Optional;

/** The national vocational skill levels (国家职业资格等级), lowest first: 初级工 → 中级工 → 高级工 → 技师 → 高级技师. */
public enum SkillLevel {
    JUNIOR, INTERMEDIATE, SENIOR, TECHNICIAN, SENIOR_TECHNICIAN;

    public Optional<SkillLevel> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }
}
