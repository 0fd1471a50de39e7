package org.workershome.relations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.crypto.Masks;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.form.Forms;
import org.workershome.core.org.OrgDirectory;

/** Disputes: the list (workers' names masked), registering one, and a dispute with its mediation. */
@Controller
@RequestMapping("/relations/disputes")
class DisputeController {

    private final DisputeManagement disputes;
    private final RelationsViews views;
    private final OrgDirectory orgs;
    private final Access access;
    private final Forms forms;
    private final java.time.Clock clock;

    DisputeController(DisputeManagement disputes, RelationsViews views, OrgDirectory orgs, Access access, Forms forms,
            java.time.Clock clock) {
        this.clock = clock;
        this.disputes = disputes;
        this.views = views;
        this.orgs = orgs;
        this.access = access;
        this.forms = forms;
    }

    /** The registration form as sent; the amount as text, so that a bad number is a field error. */
    record DisputeForm(Long orgId, String workerParty, String employerParty, Dispute.Cause cause, Dispute.Source source,
            String claims, String amount, String requestToken) {}

    /** One row of the list: the worker's name masked (personal data). */
    record Row(Long id, String worker, String employer, Dispute.Cause cause, Dispute.Status status, String orgName,
            java.time.Instant dueAt, boolean overdue) {}

    private void requireAny(CurrentUser user) {
        if (!access.may(user, RelationsModule.MEDIATE)) {
            access.require(user, RelationsModule.DISPUTES);
        }
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireAny(user);
        var now = clock.instant();
        model.addAttribute("rows", disputes.list().stream().map(d -> new Row(d.getId(), Masks.name(d.getWorkerParty()),
                d.getEmployerParty(), d.getCause(), d.getStatus(), orgs.nameOf(d.getOrgId()), d.getDueAt(),
                d.isOverdueAt(now))).toList());
        model.addAttribute("mayRegister", access.may(user, RelationsModule.DISPUTES));
        return "relations/disputes";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        access.require(user, RelationsModule.DISPUTES);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new DisputeForm(null, null, null, null, Dispute.Source.WALK_IN, null, null,
                    UUID.randomUUID().toString()));
        }
        model.addAttribute("units", views.unitsInScope());
        model.addAttribute("causes", Dispute.Cause.values());
        model.addAttribute("sources", Dispute.Source.values());
        return "relations/dispute-new";
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") DisputeForm form, Model model) {
        access.require(user, RelationsModule.DISPUTES);
        return forms.submit(model, () -> {
            Dispute dispute = disputes.register(user, new Dispute.Draft(form.orgId(), form.workerParty(),
                    form.employerParty(), form.cause(), form.source(), form.claims(), amount(form.amount())),
                    form.requestToken());
            return "redirect:/relations/disputes/" + dispute.getId();
        }, () -> newForm(user, model));
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        requireAny(user);
        Dispute dispute = disputes.get(id);
        model.addAttribute("dispute", dispute);
        model.addAttribute("orgName", orgs.nameOf(dispute.getOrgId()));
        model.addAttribute("sessions", disputes.sessionsOf(id));
        model.addAttribute("timeline", disputes.timelineOf(id));
        boolean handles = access.may(user, RelationsModule.DISPUTES, dispute.getOrgId());
        model.addAttribute("mediators", handles && dispute.isOpen() ? disputes.mediatorsFor(dispute.getOrgId()) : java.util.List.of());
        model.addAttribute("mayMediate", disputes.mayMediate(user, dispute)
                && dispute.getStatus() == Dispute.Status.IN_MEDIATION);
        model.addAttribute("mayWithdraw", disputes.mayMediate(user, dispute) && dispute.isOpen());
        return "relations/dispute";
    }

    @PostMapping("/{id}/mediator")
    String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) Long mediatorAccountId, Model model) {
        return forms.submit(model, () -> {
            disputes.assign(user, id, mediatorAccountId);
            return "redirect:/relations/disputes/" + id;
        }, () -> detail(user, id, model));
    }

    @PostMapping("/{id}/sessions")
    String session(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String heldOn, @RequestParam(required = false) String place,
            @RequestParam(required = false) String participants, @RequestParam(required = false) String minutes,
            Model model) {
        return forms.submit(model, () -> {
            disputes.recordSession(user, id, date(heldOn), place, participants, minutes);
            return "redirect:/relations/disputes/" + id + "#sessions";
        }, () -> detail(user, id, model));
    }

    @PostMapping("/{id}/outcome")
    String end(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) Dispute.Action action, @RequestParam(required = false) String outcome,
            Model model) {
        return forms.submit(model, () -> {
            if (action == null) {
                throw InvalidInput.field("outcome", "relations.warning.action.required");
            }
            disputes.end(user, id, action, outcome);
            return "redirect:/relations/disputes/" + id;
        }, () -> detail(user, id, model));
    }

    private static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.field("amount", "relations.dispute.amount.invalid");
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInput.field("heldOn", "relations.session.heldOn.required");
        }
    }
}
