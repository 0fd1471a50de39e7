package org.workershome.core.notification;

import java.util.Locale;

import org.springframework.context.MessageSource;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.db.Paging;

/** The caller's own notifications; another account's id answers 404. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationApi {

    static final int MAX_SIZE = 100;

    record Item(Long id, String subject, String body, String link, Instant createdAt, Instant readAt, boolean read) {

        static Item of(Notification n, MessageSource messages, Locale locale) {
            return new Item(n.getId(), n.subjectIn(messages, locale), n.bodyIn(messages, locale), n.getLink(),
                    n.getCreatedAt(), n.getReadAt(), n.isRead());
        }
    }

    record ItemPage(List<Item> items, long unread, int page, int size, long totalElements, int totalPages) {}

    private final Notifications notifications;
    private final MessageSource messages;

    NotificationApi(Notifications notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    @GetMapping
    ItemPage inbox(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Locale locale) {
        Page<Notification> found = notifications.inbox(user.accountId(),
                Paging.of(page, size, MAX_SIZE, Sort.unsorted()));
        return new ItemPage(found.map(n -> Item.of(n, messages, locale)).getContent(), notifications.unreadCount(user.accountId()),
                found.getNumber(), found.getSize(), found.getTotalElements(), found.getTotalPages());
    }

    @PostMapping("/{id}/read")
    Item read(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Locale locale) {
        return Item.of(notifications.markRead(user.accountId(), id), messages, locale);
    }
}
