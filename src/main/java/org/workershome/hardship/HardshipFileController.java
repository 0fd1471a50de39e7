package org.workershome.hardship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.form.Forms;
import org.workershome.core.idempotency.IdempotentSubmissions;

/**
 * The forms on a file's page: actions of the workflow, the household at review, re-opening, aid, visits, pairing
 * and evidence. A refused form shows the file's page again with the errors.
 */
@Controller
@RequestMapping("/hardship/files/{id}")
class HardshipFileController {

    private final HardshipFileManagement management;
    private final HardshipReviews reviews;
    private final HardshipApplications applications;
    private final AidManagement aid;
    private final PairingManagement pairing;
    private final HardshipEvidence evidence;
    private final HardshipFileAccess fileAccess;
    private final HardshipFilePage page;
    private final IdempotentSubmissions submissions;
    private final Forms forms;

    HardshipFileController(HardshipFileManagement management, HardshipReviews reviews,
            HardshipApplications applications, AidManagement aid, PairingManagement pairing, HardshipEvidence evidence,
            HardshipFileAccess fileAccess, HardshipFilePage page, IdempotentSubmissions submissions,
            Forms forms) {
        this.forms = forms;
        this.management = management;
        this.reviews = reviews;
        this.applications = applications;
        this.aid = aid;
        this.pairing = pairing;
        this.evidence = evidence;
        this.fileAccess = fileAccess;
        this.page = page;
        this.submissions = submissions;
    }

    record ActionForm(HardshipAction action, String note, HardshipGrade grade, LocalDate visitDate) {}

    /** {@code requestToken}: a resent form (bad network, double click) pays once. */
    record AidForm(AidType type, String amount, String description, Long fundId, Long projectId, LocalDate date,
            String requestToken) {}

    record VisitForm(HardshipVisit.Kind kind, LocalDate date, String note) {}

    /** At review: the household as found (size, income per person, persons if entered; blank rows keep them). */
    @PostMapping("/household")
    String updateHousehold(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @ModelAttribute ApplicationForm form, BindingResult binding, Model model) {
        return forms.submit(binding, model, () -> {
            HardshipApplications.Application parsed = parse(form);
            reviews.updateAtReview(user, id, new HardshipReviews.ReviewUpdate(parsed.householdSize(),
                    parsed.monthlyIncomePerCapita(), parsed.household().isEmpty() ? null : parsed.household()));
            return "redirect:/hardship/files/" + id + "?done=UPDATE_HOUSEHOLD";
        }, () -> again(user, id, "household", model));
    }

    /** A family that left hardship is in hardship again: a new file, then the whole path. */
    @PostMapping("/reopen")
    String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @ModelAttribute ApplicationForm form,
            BindingResult binding, @RequestParam(required = false) String note, Model model) {
        return forms.submit(binding, model, () -> {
            HardshipApplications.Application parsed = parse(form);
            var reopening = new HardshipApplications.Reopening(parsed.householdSize(), parsed.monthlyIncomePerCapita(),
                    parsed.causes(), parsed.description(), note);
            var submission = submissions.submit(form.requestToken(), "hardship.reopen",
                    () -> applications.reopen(user, id, reopening), HardshipFile::getId,
                    newId -> Optional.of(fileAccess.get(Long.valueOf(newId))));
            return "redirect:/hardship/files/" + submission.value().getId() + "?applied";
        }, () -> again(user, id, "reopen", model));
    }

    @PostMapping("/actions")
    String act(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @ModelAttribute ActionForm form,
            BindingResult binding, Model model) {
        return forms.submit(binding, model, () -> {
            management.act(user, id, new HardshipFileManagement.ActionRequest(form.action(), form.note(), form.grade(),
                    form.visitDate()));
            return "redirect:/hardship/files/" + id + "?done=" + form.action();
        }, () -> {
            model.addAttribute("failedAction", form.action());
            return again(user, id, "action", model);
        });
    }

    @PostMapping("/aid")
    String giveAid(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @ModelAttribute AidForm form,
            BindingResult binding, Model model) {
        return forms.submit(binding, model, () -> {
            Map<String, String> errors = new LinkedHashMap<>();
            BigDecimal amount = Money.parse(form.amount(), "amount", errors);
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
            var request = new AidManagement.AidRequest(form.type(), amount, form.description(), form.fundId(),
                    form.projectId(), form.date());
            submissions.submit(form.requestToken(), "hardship.aid", () -> aid.giveAid(user, id, request), Aid::getId,
                    aidId -> aid.aidOf(fileAccess.get(id)).stream().filter(a -> a.getId().equals(Long.valueOf(aidId)))
                            .findFirst());
            return "redirect:/hardship/files/" + id + "?aided";
        }, () -> again(user, id, "aid", model));
    }

    @PostMapping("/visits")
    String visit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @ModelAttribute VisitForm form,
            BindingResult binding, Model model) {
        return forms.submit(binding, model, () -> {
            management.recordVisit(user, id, form.kind(), form.date(), form.note());
            return "redirect:/hardship/files/" + id + "?visited";
        }, () -> again(user, id, "visit", model));
    }

    @PostMapping("/pairings")
    String pair(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        pairing.pair(user, id, null);
        return "redirect:/hardship/files/" + id + "?paired";
    }

    @PostMapping("/attachments")
    String attach(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) Long visitId, Model model) {
        return forms.submit(model, () -> {
            evidence.attach(user, id, visitId, evidence.check(visitId, file));
            return "redirect:/hardship/files/" + id + "?attached";
        }, () -> again(user, id, "attachment", model));
    }

    /** The file's page again, the refused form named so that its errors show there only. */
    private String again(CurrentUser user, Long id, String form, Model model) {
        model.addAttribute("failedForm", form);
        return page.fill(user, id, model);
    }

    private static HardshipApplications.Application parse(ApplicationForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        HardshipApplications.Application parsed = form.toApplication(errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return parsed;
    }

    @GetMapping("/attachments/{attachmentId}")
    ResponseEntity<Resource> download(@PathVariable Long id, @PathVariable Long attachmentId) {
        return evidence.download(id, attachmentId);
    }
}
