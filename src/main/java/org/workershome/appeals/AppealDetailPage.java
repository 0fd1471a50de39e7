package org.workershome.appeals;

import java.util.List;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.org.OrgManagement;
import org.workershome.core.workflow.TimelineStep;

/**
 * An appeal's page as the caller may see it: facts, files, the actions open to them, the timeline. Shown by
 * {@link AppealController} and again, with the errors, by every form on it (actions, a file added).
 */
@Component
class AppealDetailPage {

    static final String VIEW = "appeals/detail";

    private final AppealManagement management;
    private final AppealAttachmentManagement attachments;
    private final OrgDirectory orgDirectory;
    private final OrgManagement orgManagement;
    private final MemberDirectory members;
    private final Access access;
    private final MessageSource messages;
    private final List<AppealCaseLinks> caseLinks;

    AppealDetailPage(AppealManagement management, AppealAttachmentManagement attachments, OrgDirectory orgDirectory,
            OrgManagement orgManagement, MemberDirectory members, Access access, MessageSource messages,
            List<AppealCaseLinks> caseLinks) {
        this.caseLinks = caseLinks;
        this.management = management;
        this.attachments = attachments;
        this.orgDirectory = orgDirectory;
        this.orgManagement = orgManagement;
        this.members = members;
        this.access = access;
        this.messages = messages;
    }

    String show(CurrentUser user, Appeal appeal, Model model) {
        boolean handler = access.may(user, AppealsModule.HANDLE, appeal.getOrgId());
        boolean hideWho = appeal.isAnonymous() && !appeal.isSubmittedBy(user.memberId());
        model.addAttribute("appeal", appeal);
        // the worker of an anonymous appeal is not named on their own steps either
        model.addAttribute("timeline", management.timelineOf(appeal).stream()
                .map(e -> hideWho && Objects.equals(e.getActorAccountId(), appeal.getSubmittedByAccountId())
                        ? TimelineStep.of(e).withoutActor() : TimelineStep.of(e))
                .toList());
        var actions = AppealViews.allowedActions(appeal, user, handler);
        List<?> transferTargets = handler ? orgManagement.tree().stream()
                .filter(o -> o.isActive() && !o.getId().equals(appeal.getOrgId())).toList() : List.of();
        if (transferTargets.isEmpty()) {
            actions.remove(AppealAction.TRANSFER); // nowhere in the caller's scope to send it
        }
        model.addAttribute("actions", actions);
        model.addAttribute("transferTargets", transferTargets);
        model.addAttribute("handler", handler);
        model.addAttribute("category", management.categories().stream()
                .filter(c -> c.getCode().equals(appeal.getCategory())).findFirst().orElse(null));
        model.addAttribute("orgNames", orgDirectory);
        model.addAttribute("submitterLabel", submitterLabel(appeal, user, hideWho));
        model.addAttribute("attachments", attachments.of(appeal));
        model.addAttribute("mayAttach", attachments.mayAdd(user, appeal));
        // what other modules offer the handler: a labour dispute opened from the appeal, say
        model.addAttribute("caseLinks", !handler ? List.of() : caseLinks.stream()
                .map(l -> l.linkFor(user, AppealCases.caseOf(appeal, members))).flatMap(java.util.Optional::stream)
                .toList());
        return VIEW;
    }

    private String submitterLabel(Appeal appeal, CurrentUser user, boolean hideWho) {
        if (hideWho) {
            return text("appeal.anonymous");
        }
        if (appeal.isSubmittedBy(user.memberId())) {
            return text("appeal.self");
        }
        if (appeal.getMemberId() != null) {
            return members.nameOf(appeal.getMemberId()).orElse(appeal.getContactName());
        }
        return appeal.getContactName();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
