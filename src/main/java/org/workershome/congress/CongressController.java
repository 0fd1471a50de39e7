package org.workershome.congress;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.workershome.core.account.Access;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.form.Forms;
import org.workershome.core.idempotency.IdempotentSubmissions;

/** The congress overview: current sessions, open ballots, resolutions, notices; managers start a term from it. */
@Controller
@RequestMapping("/congress")
class CongressController {

    private final CongressOverview overview;
    private final TermManagement terms;
    private final IdempotentSubmissions submissions;
    private final Forms forms;
    private final Access access;

    CongressController(CongressOverview overview, TermManagement terms, IdempotentSubmissions submissions, Forms forms,
            Access access) {
        this.access = access;
        this.overview = overview;
        this.terms = terms;
        this.submissions = submissions;
        this.forms = forms;
    }

    @GetMapping
    String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
        return overview.show(user, model);
    }

    /** A new term (届) of the caller's org's congress, with its rules; on success the term page. */
    @PostMapping("/terms")
    String createTerm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String requestToken,
            @RequestParam(required = false) Integer number, @RequestParam(required = false) String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(required = false) Integer quorumNumerator, @RequestParam(required = false) Integer quorumDenominator,
            @RequestParam(required = false) PassRule passRule, @RequestParam(required = false) Integer minCosigners,
            Model model, RedirectAttributes redirect) {
        access.require(user, CongressModule.MANAGE, user.orgId()); // before the form is read: 403, not its errors
        return forms.submit(model, () -> {
            if (number == null) {
                throw InvalidInput.field("number", "congress.term.number.invalid");
            }
            Term term = submissions.submit(requestToken, "congress.term.create", () -> terms.createTerm(user,
                    user.orgId(), number, name, startsOn, endsOn, quorumNumerator == null ? 2 : quorumNumerator,
                    quorumDenominator == null ? 3 : quorumDenominator, passRule, minCosigners == null ? 2 : minCosigners),
                    Term::getId, id -> Optional.of(terms.term(Long.valueOf(id)))).value();
            redirect.addFlashAttribute("done", "congress.term.created");
            return "redirect:/congress/terms/" + term.getId();
        }, () -> overview(user, model));
    }
}
