package org.workershome.appeals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.workershome.core.account.PermissionHolders;
import org.workershome.core.module.BeforeCommit;
import org.workershome.core.notification.Notifications;
import org.workershome.core.notification.Notifications.Message;
import org.workershome.core.notification.Text;

/**
 * Tells the worker and the handlers what happened to an appeal, once the step has committed. Subjects and bodies are
 * message keys, shown in each reader's language. The worker hears of every step of their appeal; the handlers of an
 * org of a new or transferred appeal, of one nearly due and of an escalation (to and from them).
 */
@Component
class AppealNotifier {

    /** Who handles an org's appeals, read once per org per half minute at most: intake asks for every submission. */
    private final Cache<Long, List<Long>> handlersByOrg = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofSeconds(30)).build();
    private final PermissionHolders permissionHolders;
    private final Notifications notifications;

    AppealNotifier(PermissionHolders permissionHolders, Notifications notifications) {
        this.permissionHolders = permissionHolders;
        this.notifications = notifications;
    }

    @BeforeCommit
    void on(AppealsSubmitted event) {
        notifications.notifyEach(event.appeals().stream().flatMap(a -> newAppealMessages(a).stream()).toList());
    }

    @BeforeCommit
    void on(AppealAccepted event) {
        toWorker(event.appeal());
    }

    @BeforeCommit
    void on(AppealTransferred event) {
        List<Message> messages = new ArrayList<>(2);
        workerMessage(event.appeal()).ifPresent(messages::add);
        messages.add(handlerMessage(event.appeal(), event.appeal().orgId(), "appeal.notify.new"));
        notifications.notifyEach(messages);
    }

    @BeforeCommit
    void on(AppealReplied event) {
        toWorker(event.appeal());
    }

    @BeforeCommit
    void on(AppealClosed event) {
        toWorker(event.appeal());
    }

    @BeforeCommit
    void on(AppealProgressed event) {
        toWorker(event.appeal());
    }

    @BeforeCommit
    void on(AppealEscalated event) {
        notifications.notifyEach(List.of(handlerMessage(event.appeal(), event.toOrgId(), "appeal.notify.escalated"),
                handlerMessage(event.appeal(), event.fromOrgId(), "appeal.notify.escalatedAway")));
    }

    @BeforeCommit
    void on(AppealNearlyDue event) {
        notifications.notifyEach(List.of(handlerMessage(event.appeal(), event.handlingOrgId(), "appeal.notify.nearlyDue")));
    }

    /**
     * What a new appeal sends: to the handlers of its org, and to the worker. {@link AppealIntake} writes these in
     * its batch, so that both ways in leave the same notifications.
     */
    private List<Message> newAppealMessages(AppealFacts appeal) {
        List<Message> messages = new ArrayList<>(2);
        messages.add(handlerMessage(appeal, appeal.orgId(), "appeal.notify.new"));
        workerMessage(appeal).ifPresent(messages::add);
        return messages;
    }

    private void toWorker(AppealFacts appeal) {
        workerMessage(appeal).ifPresent(m -> notifications.notifyEach(List.of(m)));
    }

    private static Optional<Message> workerMessage(AppealFacts appeal) {
        if (appeal.workerAccountId() == null) {
            return Optional.empty(); // recorded for someone without an account: they follow it by tracking number and phone
        }
        return Optional.of(new Message(List.of(appeal.workerAccountId()),
                Text.of("appeal.notify.changed", appeal.trackingNo(), Text.of("appeal.status." + appeal.status())),
                Text.of("appeal.notify.body", appeal.title()), link(appeal)));
    }

    /** To whoever holds the handle permission for the org: a cadre, an administrator of the org, … */
    private Message handlerMessage(AppealFacts appeal, Long orgId, String key) {
        List<Long> handlers = handlersByOrg.get(orgId, id -> permissionHolders.of(AppealsModule.HANDLE, id));
        Text body = Text.of(appeal.anonymous() ? "appeal.notify.anonymousBody" : "appeal.notify.body", appeal.title());
        return new Message(handlers, Text.of(key, appeal.trackingNo()), body, link(appeal));
    }

    private static String link(AppealFacts appeal) {
        return "/appeals/" + appeal.trackingNo();
    }
}
