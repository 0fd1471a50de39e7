package org.workershome.appeals;

import java.util.EnumSet;
import java.util.Set;

import org.workershome.core.account.CurrentUser;

/** What a given user may do with an appeal now: the buttons a page shows and the API lists. */
final class AppealViews {

    private AppealViews() {}

    /** {@code handler}: whether the user may handle this appeal ({@code Access.may} for its org). */
    static Set<AppealAction> allowedActions(Appeal appeal, CurrentUser user, boolean handler) {
        Set<AppealAction> result = EnumSet.noneOf(AppealAction.class);
        boolean submitter = appeal.isSubmittedBy(user.memberId());
        for (AppealAction action : Appeal.MACHINE.actionsFrom(appeal.getStatus())) {
            if ((action.byHandler() && handler) || (action.bySubmitter() && submitter)) {
                result.add(action);
            }
        }
        if (appeal.isReopened()) {
            result.remove(AppealAction.REOPEN);
        }
        if (appeal.getRating() != null) {
            result.remove(AppealAction.RATE);
        }
        return result;
    }
}
