package org.workershome.core.notification;

import java.util.Locale;

import org.springframework.context.MessageSource;

import java.time.ZonedDateTime;

import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.time.Times;
import org.workershome.core.db.Paging;

/** The signed-in account's own inbox: unread first, paged. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

    static final String VIEW = "notifications/inbox";
    static final int PAGE_SIZE = 20;

    record Row(Long id, String subject, String body, String link, ZonedDateTime at, boolean read) {

        static Row of(Notification n, MessageSource messages, Locale locale) {
            return new Row(n.getId(), n.subjectIn(messages, locale), n.bodyIn(messages, locale), safeLink(n.getLink()),
                    n.getCreatedAt().atZone(Times.ZONE), n.isRead());
        }
    }

    private final Notifications notifications;
    private final MessageSource messages;

    NotificationController(Notifications notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    @GetMapping
    String inbox(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model,
            Locale locale) {
        model.addAttribute("rows", notifications.inbox(user.accountId(), Paging.of(page, PAGE_SIZE, Sort.unsorted()))
                .map(n -> Row.of(n, messages, locale)));
        return VIEW;
    }

    /** Marks it read; with {@code open} set, goes on to the notification's link. */
    @PostMapping("/{id}/read")
    String read(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(defaultValue = "false") boolean open) {
        Notification notification = notifications.markRead(user.accountId(), id);
        String link = safeLink(notification.getLink());
        return open && link != null ? "redirect:" + link : "redirect:/notifications";
    }

    @PostMapping("/read-all")
    String readAll(@AuthenticationPrincipal CurrentUser user) {
        notifications.markAllRead(user.accountId());
        return "redirect:/notifications";
    }

    /** Only paths inside the application are followed, never another site. */
    static String safeLink(String link) {
        return link != null && link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\") ? link : null;
    }
}
