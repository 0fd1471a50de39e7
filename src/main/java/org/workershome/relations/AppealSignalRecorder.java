package org.workershome.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.workershome.appeals.AppealFacts;
import org.workershome.appeals.AppealsSubmitted;
import org.workershome.core.module.BeforeCommit;
import org.workershome.core.time.Times;

/**
 * Counts new appeals per org, category and day from appeals' events, in the submitting transaction: one event is
 * one transaction (a form, or a whole API batch), its counts go in as one batch of appended rows. The risk pass
 * ({@link RiskJob}) reads them; appeals' own tables are never read.
 */
@Component
class AppealSignalRecorder {

    private final AppealSignals signals;

    AppealSignalRecorder(AppealSignals signals) {
        this.signals = signals;
    }

    @BeforeCommit
    void on(AppealsSubmitted submitted) {
        record Key(Long orgId, String category, LocalDate day) {}
        Map<Key, Integer> counts = new LinkedHashMap<>();
        for (AppealFacts appeal : submitted.appeals()) {
            if (appeal.orgId() == null || appeal.category() == null || appeal.submittedAt() == null) {
                continue;
            }
            counts.merge(new Key(appeal.orgId(), appeal.category(),
                    LocalDate.ofInstant(appeal.submittedAt(), Times.ZONE)), 1, Integer::sum);
        }
        List<AppealSignal> rows = new ArrayList<>(counts.size());
        counts.forEach((k, n) -> rows.add(new AppealSignal(k.orgId(), k.category(), k.day(), n)));
        signals.saveAll(rows);
    }
}
