package org.workershome.suggestions.suggestion;

import java.util.ArrayList;
import java.util.List;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.workershome.core.account.PermissionHolders;
import org.workershome.core.db.OneByOne;
import org.workershome.core.notification.Notifications;
import org.workershome.core.notification.Text;
import org.workershome.core.scope.Scopes;
import org.workershome.core.workflow.Timeline;
import org.workershome.suggestions.SuggestionsModule;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Daily: an implementation past its deadline reminds the org's committee and the proposer, once a day, until it is
 * done. One suggestion per transaction.
 */
@Component
class SuggestionReminderJob {

    private final Suggestions suggestions;
    private final SuggestionManagement management;
    private final PermissionHolders holders;
    private final Notifications notifications;
    private final Timeline timeline;
    private final TransactionTemplate tx;

    SuggestionReminderJob(Suggestions suggestions, SuggestionManagement management, PermissionHolders holders,
            Notifications notifications, Timeline timeline, PlatformTransactionManager transactions) {
        this.tx = new TransactionTemplate(transactions);
        this.suggestions = suggestions;
        this.management = management;
        this.holders = holders;
        this.notifications = notifications;
        this.timeline = timeline;
    }

    @Scheduled(initialDelayString = "${workers-home.suggestions.check-initial-delay:PT1M}",
            fixedDelayString = "${workers-home.suggestions.check-interval:PT1H}")
    @SchedulerLock(name = "suggestions-overdue", lockAtMostFor = "PT10M")
    void run() {
        Scopes.asSystem(this::checkAll);
    }

    /** One pass; also called by tests after moving the clock. */
    int checkAll() {
        List<Long> ids = Scopes.asSystem(() -> suggestions.findByStatus(SuggestionStatus.IMPLEMENTING)).stream()
                .map(Suggestion::getId).toList();
        return OneByOne.counting("Suggestions: overdue", ids, id -> Scopes.asSystem(() -> Boolean.TRUE.equals(tx.execute(s -> remind(id)))));
    }

    private boolean remind(Long id) {
        Suggestion suggestion = suggestions.findById(id).orElseThrow();
        if (!suggestion.remindDue(management.today())) {
            return false;
        }
        suggestion.reminded(management.today());
        List<Long> to = new ArrayList<>(holders.of(SuggestionsModule.EVALUATE, suggestion.getOrgId()));
        holders.accountOfMember(suggestion.getMemberId()).filter(a -> !to.contains(a)).ifPresent(to::add);
        notifications.notifyAll(to, Text.of("suggestions.notify.overdue", suggestion.getTitle()),
                Text.of("suggestions.notify.overdueBody", suggestion.getTitle(), suggestion.getOwnerName(),
                        suggestion.getDueOn().toString()), "/suggestions/" + id);
        timeline.record(SuggestionManagement.TARGET, id, suggestion.getOrgId(), SuggestionAction.REMIND,
                suggestion.getStatus(), suggestion.getStatus(), null);
        return true;
    }
}
