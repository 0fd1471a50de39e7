package org.workershome.hardship;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.workflow.TimelineStep;

/** What the page of one file shows, and which of its forms the reader may use; for the pages that answer with it. */
@Component
class HardshipFilePage {

    private final HardshipFileAccess fileAccess;
    private final HardshipQueries queries;
    private final HardshipFileManagement management;
    private final HardshipNotices notices;
    private final PairingManagement pairing;
    private final HardshipEvidence evidence;
    private final AidManagement aid;
    private final PovertyLineManagement povertyLines;
    private final OrgDirectory orgDirectory;

    HardshipFilePage(HardshipFileAccess fileAccess, HardshipQueries queries, HardshipFileManagement management,
            HardshipNotices notices, PairingManagement pairing, HardshipEvidence evidence, AidManagement aid,
            PovertyLineManagement povertyLines, OrgDirectory orgDirectory) {
        this.fileAccess = fileAccess;
        this.queries = queries;
        this.management = management;
        this.notices = notices;
        this.pairing = pairing;
        this.evidence = evidence;
        this.aid = aid;
        this.povertyLines = povertyLines;
        this.orgDirectory = orgDirectory;
    }

    /** The file in scope (404 otherwise) on the model, with all it shows; answers the template. */
    String fill(CurrentUser user, Long id, Model model) {
        HardshipFile file = fileAccess.get(id);
        boolean handler = fileAccess.mayHandle(user, file);
        model.addAttribute("file", file);
        model.addAttribute("handler", handler);
        model.addAttribute("memberName", queries.memberName(file));
        model.addAttribute("orgNames", orgDirectory);
        model.addAttribute("line", povertyLines.lineFor(file.getOrgId()));
        model.addAttribute("household", queries.householdOf(file));
        model.addAttribute("visits", queries.visitsOf(file));
        model.addAttribute("attachments", evidence.attachmentsOf(file));
        model.addAttribute("objections", notices.objectionsOf(user, file));
        model.addAttribute("pairings", pairing.pairingsOf(file));
        model.addAttribute("aid", aid.aidOf(file));
        // the household never learns what was objected (nor, through the note, by whom)
        model.addAttribute("timeline", queries.timelineOf(file).stream().map(TimelineStep::of)
                .map(step -> !handler && HardshipAction.OBJECT.name().equals(step.action()) ? step.withoutNote() : step)
                .toList());
        model.addAttribute("actions", management.allowedActions(user, file));
        model.addAttribute("grades", HardshipGrade.values());
        model.addAttribute("mayReveal", fileAccess.mayReveal(user, file));
        model.addAttribute("mayAttach", file.getStatus().isActive() && (handler || file.belongsTo(user.memberId())));
        boolean mayAid = handler && file.getStatus().mayReceiveAid();
        model.addAttribute("mayAid", mayAid);
        if (mayAid) {
            model.addAttribute("aidTypes", AidType.values());
            model.addAttribute("funds", aid.fundsFor(file));
            model.addAttribute("projects", aid.approvedProjects());
        }
        model.addAttribute("visitKinds", HardshipVisit.Kind.values());
        model.addAttribute("requestToken", UUID.randomUUID().toString());
        model.addAttribute("reviewDueAt", queries.reviewDueAt(file));
        model.addAttribute("mayUpdateHousehold", handler && file.getStatus() == HardshipStatus.UNDER_REVIEW);
        model.addAttribute("mayReopen", file.getStatus() == HardshipStatus.EXITED
                && (handler || file.belongsTo(user.memberId())));
        model.addAttribute("causes", HardshipCause.values());
        if (file.getPreviousFileId() != null) {
            model.addAttribute("previousFileNo", queries.fileNoOf(file.getPreviousFileId()));
        }
        return "hardship/detail";
    }
}
