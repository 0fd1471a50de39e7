package org.workershome.training.record;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.module.MeSection;

/** "My training" on /me: hours, courses with progress, certificates, sessions, skill levels. */
@Component
class TrainingRecordSection implements MeSection {

    private final TrainingRecords records;

    TrainingRecordSection(TrainingRecords records) {
        this.records = records;
    }

    @Override
    public String fragment() {
        return "training/me :: mine";
    }

    @Override
    public Map<String, Object> model(CurrentUser user) {
        return Map.of("record", records.of(user));
    }

    @Override
    public int order() {
        return 60;
    }
}
