package org.workershome.core.notification;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.workershome.core.account.CurrentUser;

/** {@code unreadCount} for the layout's header on every page of a signed-in account. */
@ControllerAdvice(annotations = Controller.class)
class UnreadCount {

    private final Notifications notifications;

    UnreadCount(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadCount")
    Long unreadCount(Authentication authentication, HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return null; // JSON has no header; anonymous pages have no inbox
        }
        return notifications.unreadCount(user.accountId());
    }
}
