package org.workershome.noticeboard;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.PermissionHolders;
import org.workershome.core.module.BeforeCommit;
import org.workershome.core.notification.Notifications;
import org.workershome.core.notification.Text;

/** Posting publishes {@link NoticePosted}; the notifier, listening before commit, tells the board's readers. */
@Component
class NoticeBoard {

    private final ApplicationEventPublisher events;

    NoticeBoard(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Transactional
    public void post(Long orgId, String title) {
        events.publishEvent(new NoticePosted(orgId, title));
    }

    @Component
    static class Notifier {

        private final Notifications notifications;
        private final PermissionHolders holders;

        Notifier(Notifications notifications, PermissionHolders holders) {
            this.notifications = notifications;
            this.holders = holders;
        }

        @BeforeCommit
        void on(NoticePosted posted) {
            if (posted.title().startsWith("FAIL")) {
                throw new IllegalStateException("the notifier is down");
            }
            notifications.notifyAll(holders.of(NoticeBoardModule.READ, posted.orgId()),
                    Text.of("noticeboard.notify.posted", posted.title(), Text.of("noticeboard.kind.WATER")), null,
                    "/noticeboard");
        }
    }
}
