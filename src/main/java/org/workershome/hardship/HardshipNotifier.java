package org.workershome.hardship;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.workershome.core.account.PermissionHolders;
import org.workershome.core.notification.Notifications;
import org.workershome.core.org.OrgDirectory;

/**
 * Who is told what about a file: the worker of a change of his file, the holders of {@link HardshipModule#HANDLE}
 * at an org (not the holders of a role: an administrator who may handle files is told like a cadre). Texts are
 * still rendered in Chinese when sent; they become message keys with the change to notifications by key.
 */
@Component
class HardshipNotifier {

    private final PermissionHolders holders;
    private final OrgDirectory orgDirectory;
    private final Notifications notifications;
    private final MessageSource messages;

    HardshipNotifier(PermissionHolders holders, OrgDirectory orgDirectory, Notifications notifications,
            MessageSource messages) {
        this.holders = holders;
        this.orgDirectory = orgDirectory;
        this.notifications = notifications;
        this.messages = messages;
    }

    /** The worker (if he has an account): his file changed state. */
    void toWorker(HardshipFile file) {
        holders.accountOfMember(file.getMemberId()).ifPresent(a -> toAccount(a, file,
                text("hardship.notify.changed", file.getFileNo(), text("hardship.status." + file.getStatus()))));
    }

    /** The handlers of an org, about a file. */
    void toHandlers(HardshipFile file, Long orgId, String message) {
        holders.of(HardshipModule.HANDLE, orgId).forEach(a -> toAccount(a, file, message));
    }

    /** The handlers of the org above are told a file awaits their approval once its notice ends. */
    void toApprovers(HardshipFile file) {
        orgDirectory.parentOf(file.getOrgId()).ifPresent(parent -> toHandlers(file, parent.id(),
                text("hardship.notify.notice", file.getFileNo())));
    }

    void toAccount(Long accountId, HardshipFile file, String message) {
        notifications.notify(accountId, message, "", "/hardship/files/" + file.getId());
    }

    /** A text of the module in Chinese, for notifications and timeline notes. */
    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
