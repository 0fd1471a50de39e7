package org.workershome.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.workershome.core.notification.Text;
import org.workershome.core.notification.Texts;
import org.workershome.core.scope.Scopes;
import org.workershome.support.IntegrationTest;

/** A note the system writes on a timeline is stored as key and arguments and read in each reader's language. */
@IntegrationTest
class TimelineTextTest {

    enum Step { APPLY, REOPEN }

    @Autowired Timeline timeline;
    @Autowired Texts texts;
    @Autowired TransactionTemplate transactions;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aSystemNoteIsShownInTheReadersLanguageAndAPersonsNoteAsWritten() {
        long target = System.nanoTime();
        Scopes.asSystem(() -> transactions.executeWithoutResult(tx -> {
            timeline.recordWithText("TimelineTextTest", target, null, Step.APPLY, null, Step.APPLY,
                    Text.of("hardship.reopen.from", "KN-2026-0001", "搬迁后收入下降"));
            timeline.record("TimelineTextTest", target, null, Step.REOPEN, Step.APPLY, Step.REOPEN, "补交了材料");
        }));
        List<TimelineStep> steps = Scopes.asSystem(() -> timeline.of("TimelineTextTest", target)).stream()
                .map(TimelineStep::of).toList();
        assertThat(steps).hasSize(2);
        assertThat(steps.get(0).note()).isNull();
        assertThat(steps.get(0).noteText().key()).isEqualTo("hardship.reopen.from");

        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(texts.render(steps.get(0).noteText())).isEqualTo("由已脱困档案 KN-2026-0001 重新建档：搬迁后收入下降");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(texts.render(steps.get(0).noteText())).isEqualTo("Re-opened from exited file KN-2026-0001: 搬迁后收入下降");
        assertThat(steps.get(1).note()).isEqualTo("补交了材料");
        assertThat(steps.get(1).noteText()).isNull();
    }
}
