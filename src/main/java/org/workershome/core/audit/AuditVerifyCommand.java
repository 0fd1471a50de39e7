package org.workershome.core.audit;

import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar workers-home.jar --audit-verify}: checks the audit chain against the configured database, prints
 * the verdict and exits with 0 when intact, 1 when not (for cron and monitoring). Entries younger than two sealing
 * intervals may be unsealed yet and are not counted.
 */
@Component
class AuditVerifyCommand implements ApplicationRunner {

    static final String OPTION = "audit-verify";

    private final AuditSeals seals;
    private final ApplicationContext context;

    AuditVerifyCommand(AuditSeals seals, ApplicationContext context) {
        this.seals = seals;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        AuditSeals.Verdict verdict = seals.verify(Duration.ofMinutes(5));
        System.out.println(describe(verdict));
        int code = verdict.intact() ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> code));
    }

    static String describe(AuditSeals.Verdict v) {
        StringBuilder text = new StringBuilder();
        text.append(v.intact() ? "audit chain intact" : "audit chain NOT intact")
                .append(": ").append(v.sealed()).append(" seals verified");
        if (v.brokenAtSeq() != null) {
            text.append("; broken at seal ").append(v.brokenAtSeq()).append(" (entry ").append(v.brokenEntryId())
                    .append("): ").append(v.problem());
        }
        text.append("; ").append(v.unsealed()).append(" entries older than 5 minutes without a seal");
        text.append("; head seal ").append(v.head().seq()).append(" hash ").append(v.head().hash());
        return text.toString();
    }
}
