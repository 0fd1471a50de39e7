package org.workershome.congress.motion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.congress.CongressModule;
import org.workershome.congress.TermManagement;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.form.Forms;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.time.Times;
import org.workershome.core.workflow.TimelineStep;

/** Motion pages: the public list, the form, a motion with its timeline and the steps the caller may take. */
@Controller
@RequestMapping("/congress/motions")
class MotionController {

    private final MotionManagement motions;
    private final MotionDeadlines deadlines;
    private final TermManagement terms;
    private final Access access;
    private final IdempotentSubmissions submissions;
    private final OrgDirectory orgNames;
    private final Clock clock;
    private final Forms forms;

    MotionController(MotionManagement motions, MotionDeadlines deadlines, TermManagement terms, Access access,
            IdempotentSubmissions submissions, OrgDirectory orgNames, Clock clock, Forms forms) {
        this.forms = forms;
        this.motions = motions;
        this.deadlines = deadlines;
        this.terms = terms;
        this.access = access;
        this.submissions = submissions;
        this.orgNames = orgNames;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("motions", motions.list());
        return "congress/motions";
    }

    /** The handler's view: motions assigned to the orgs I handle for, with deadlines; overdue ones marked. */
    @GetMapping("/assigned")
    String assigned(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("motions", deadlines.assignedTo(user));
        model.addAttribute("today", LocalDate.ofInstant(clock.instant(), Times.ZONE));
        model.addAttribute("orgNames", orgNames);
        return "congress/motions-assigned";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("requestToken", UUID.randomUUID().toString());
        return "congress/motion-new";
    }

    @PostMapping
    String submit(@AuthenticationPrincipal CurrentUser user, @RequestParam String requestToken,
            @RequestParam(required = false) String title, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String proposal, Model model) {
        return forms.submit(model, () -> {
            var draft = new MotionManagement.MotionDraft(null, title, reason, proposal);
            Motion motion = submissions.submit(requestToken, "motion.submit", () -> motions.submit(user, draft),
                    Motion::getId, id -> Optional.of(motions.get(user, Long.valueOf(id)))).value();
            return "redirect:/congress/motions/" + motion.getId();
        }, () -> {
            model.addAttribute("requestToken", requestToken);
            model.addAttribute("title", title);
            model.addAttribute("reason", reason);
            model.addAttribute("proposal", proposal);
            return "congress/motion-new";
        });
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Motion motion = motions.get(user, id);
        boolean manager = access.may(user, CongressModule.MANAGE, motion.getOrgId());
        List<MotionCosigner> cosigners = motions.cosignersOf(motion);
        model.addAttribute("motion", motion);
        model.addAttribute("cosigners", cosigners);
        model.addAttribute("timeline", motions.timelineOf(motion).stream().map(TimelineStep::of).toList());
        model.addAttribute("manager", manager);
        model.addAttribute("handler", motions.mayHandle(user, motion));
        model.addAttribute("proposer", motion.isProposedBy(user.memberId()));
        model.addAttribute("mayCosign", motion.getStatus() == MotionStatus.SUBMITTED && !motion.isProposedBy(user.memberId())
                && terms.isRepresentative(user, motion.getTermId())
                && cosigners.stream().noneMatch(c -> c.getMemberId().equals(user.memberId())));
        model.addAttribute("handlerName", orgNames.nameOf(motion.getHandlerOrgId()));
        model.addAttribute("orgName", orgNames.nameOf(motion.getOrgId()));
        return "congress/motion";
    }

    @PostMapping("/{id}/cosign")
    String cosign(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model,
            RedirectAttributes redirect) {
        return step(user, id, model, redirect, () -> motions.cosign(user, id));
    }

    @PostMapping("/{id}/actions")
    String act(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam MotionAction action,
            @RequestParam(required = false) String note, @RequestParam(required = false) Long handlerOrgId,
            @RequestParam(required = false) LocalDate dueOn, @RequestParam(required = false) Satisfaction satisfaction,
            Model model, RedirectAttributes redirect) {
        return step(user, id, model, redirect, () -> motions.act(user, id,
                new MotionManagement.ActionRequest(action, note, handlerOrgId, dueOn, satisfaction)));
    }

    /** A step on the motion page: done, back to it; refused, the page again saying why. */
    private String step(CurrentUser user, Long id, Model model, RedirectAttributes redirect, Runnable act) {
        return forms.step(model, redirect, act, null, "/congress/motions/" + id, () -> detail(user, id, model));
    }
}
