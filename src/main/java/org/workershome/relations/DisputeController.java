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
    private final AppealDisputes appeals;
    private final FollowUpManagement followUps;
    private final RelationsRecords records;
    private final java.time.Clock clock;

    DisputeController(DisputeManagement disputes, RelationsViews views, OrgDirectory orgs, Access access, Forms forms,
            AppealDisputes appeals, FollowUpManagement followUps, RelationsRecords records, java.time.Clock clock) {
        this.records = records;
        this.appeals = appeals;
        this.followUps = followUps;
        this.clock = clock;
        this.disputes = disputes;
        this.views = views;
        this.orgs = orgs;
        this.access = access;
        this.forms = forms;
    }

    /**
     * The registration form as sent; the amount as text, so that a bad number is a field error; {@code appeal} the
     * tracking number of the appeal it is opened from.
     */
    record DisputeForm(Long orgId, String workerParty, String employerParty, Dispute.Cause cause, Dispute.Source source,
            String claims, String amount, String workerIdNumber, String appeal, String requestToken) {

        static DisputeForm of(Dispute.Draft draft, String appeal) {
            return new DisputeForm(draft.orgId(), draft.workerParty(), draft.employerParty(), draft.cause(),
                    draft.source(), draft.claims(), null, null, appeal, UUID.randomUUID().toString());
        }

        Dispute.Draft draft() {
            return new Dispute.Draft(orgId, workerParty, employerParty, cause, source, claims, DisputeController.amount(amount, "amount"),
                    workerIdNumber, null, null, null);
        }
    }

    /** One row of the list: the worker's name masked (personal data). */
    record Row(Long id, String worker, String employer, Dispute.Cause cause, Dispute.Status status, String orgName,
            java.time.Instant dueAt, boolean overdue) {}

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        records.requireDisputes(user);
        var now = clock.instant();
        model.addAttribute("rows", disputes.list().stream().map(d -> new Row(d.getId(), Masks.name(d.getWorkerParty()),
                d.getEmployerParty(), d.getCause(), d.getStatus(), orgs.nameOf(d.getOrgId()), d.getDueAt(),
                d.isOverdueAt(now))).toList());
        model.addAttribute("mayRegister", access.may(user, RelationsModule.DISPUTES));
        return "relations/disputes";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String appeal,
            Model model) {
        access.require(user, RelationsModule.DISPUTES);
        if (appeal != null && !appeal.isBlank()) {
            var found = appeals.appeal(user, appeal.strip());
            model.addAttribute("appeal", found);
            if (!model.containsAttribute("form")) {
                model.addAttribute("form", DisputeForm.of(appeals.prefill(found), found.trackingNo()));
            }
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new DisputeForm(null, null, null, null, Dispute.Source.WALK_IN, null, null, null,
                    null, UUID.randomUUID().toString()));
        }
        model.addAttribute("units", views.unitsInScope());
        model.addAttribute("causes", Dispute.Cause.values());
        model.addAttribute("sources", Dispute.Source.values());
        return "relations/dispute-new";
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") DisputeForm form, Model model) {
        access.require(user, RelationsModule.DISPUTES);
        boolean fromAppeal = form.appeal() != null && !form.appeal().isBlank();
        return forms.submit(model, () -> {
            Dispute.Draft draft = fromAppeal ? appeals.bound(appeals.appeal(user, form.appeal().strip()), form.draft())
                    : form.draft();
            Dispute dispute = disputes.register(user, draft, form.requestToken());
            return "redirect:/relations/disputes/" + dispute.getId();
        }, () -> newForm(user, fromAppeal ? form.appeal() : null, model));
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        records.requireDisputes(user);
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
        model.addAttribute("followUps", followUps.of(id));
        model.addAttribute("mayFollowUp", disputes.mayMediate(user, dispute)
                && dispute.getStatus() == Dispute.Status.AGREED);
        model.addAttribute("mayRefer", handles && dispute.mayBeReferred());
        model.addAttribute("today", java.time.LocalDate.now(clock.withZone(org.workershome.core.time.Times.ZONE)));
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
            @RequestParam(required = false) String agreedAmount, Model model) {
        return forms.submit(model, () -> {
            if (action == null) {
                throw InvalidInput.field("outcome", "relations.warning.action.required");
            }
            BigDecimal agreed = action == Dispute.Action.AGREE ? amount(agreedAmount, "agreedAmount") : null;
            disputes.end(user, id, action, outcome, agreed);
            return "redirect:/relations/disputes/" + id;
        }, () -> detail(user, id, model));
    }

    private static BigDecimal amount(String text) {
        return amount(text, "amount");
    }

    static BigDecimal amount(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw InvalidInput.field(field, "relations.dispute.amount.invalid");
        }
    }

    private static LocalDate date(String text) {
        return date(text, "heldOn", "relations.session.heldOn.required");
    }

    static LocalDate date(String text, String field, String key) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInput.field(field, key);
        }
    }
}
