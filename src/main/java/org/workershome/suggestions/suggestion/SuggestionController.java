package org.workershome.suggestions.suggestion;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

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
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.files.UploadCheck;
import org.workershome.core.form.Forms;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.org.OrgDirectory;
import org.workershome.suggestions.SuggestionsModule;

/** Suggestion pages: the list, the public list of adopted ones, a suggestion's page, the proposer's form. */
@Controller
@RequestMapping("/suggestions")
class SuggestionController {

    private final SuggestionManagement management;
    private final SuggestionPage page;
    private final SuggestionFiles files;
    private final IdempotentSubmissions submissions;
    private final OrgDirectory orgs;
    private final Access access;
    private final Forms forms;

    SuggestionController(SuggestionManagement management, SuggestionPage page, SuggestionFiles files,
            IdempotentSubmissions submissions, OrgDirectory orgs, Access access, Forms forms) {
        this.management = management;
        this.page = page;
        this.files = files;
        this.submissions = submissions;
        this.orgs = orgs;
        this.access = access;
        this.forms = forms;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("suggestions", management.list());
        model.addAttribute("orgNames", orgs);
        model.addAttribute("mayEvaluate", access.may(user, SuggestionsModule.EVALUATE));
        return "suggestions/list";
    }

    @GetMapping("/adopted")
    String adopted(Model model) {
        model.addAttribute("suggestions", management.adopted());
        model.addAttribute("orgNames", orgs);
        return "suggestions/adopted";
    }

    @GetMapping("/{id:\\d+}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        page.fill(user, management.get(id), model);
        return "suggestions/detail";
    }

    @GetMapping("/from-motion/{motionId}")
    String fromMotion(@PathVariable Long motionId) {
        return "redirect:/suggestions/" + management.ofMotion(motionId).getId();
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<Resource> file(@PathVariable long id, @PathVariable long attachmentId) {
        return files.download(id, attachmentId);
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(SuggestionForm.blank(), model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") SuggestionForm form,
            BindingResult binding, @RequestParam(name = "files", required = false) List<MultipartFile> parts,
            Model model) {
        return forms.submit(binding, model, () -> {
            List<UploadCheck.Upload> uploads = files.check(parts);
            Suggestion created = submissions.submit(form.requestToken(), "suggestion.create", () -> {
                Suggestion s = management.submit(user, form.toDraft());
                files.attach(user, s, uploads);
                return s;
            }, Suggestion::getId, key -> Optional.of(management.get(Long.valueOf(key)))).value();
            return "redirect:/suggestions/" + created.getId() + "?submitted";
        }, () -> form(form, model));
    }

    private String form(SuggestionForm form, Model model) {
        model.addAttribute("form", form.requestToken() == null ? new SuggestionForm(form.title(), form.problem(),
                form.proposal(), form.expectedBenefit(), form.teamMembers(), java.util.UUID.randomUUID().toString()) : form);
        return "suggestions/form";
    }
}
