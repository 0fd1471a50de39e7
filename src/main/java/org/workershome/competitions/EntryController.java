package org.workershome.competitions;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.form.Forms;

/** Registering for a competition (oneself, or a member by a cadre), and the cadre's decision on an entry. */
@Controller
@RequestMapping("/competitions/{id}/entries")
class EntryController {

    private final EntryManagement entries;
    private final CompetitionManagement competitions;
    private final CompetitionPage page;
    private final Forms forms;

    EntryController(EntryManagement entries, CompetitionManagement competitions, CompetitionPage page, Forms forms) {
        this.entries = entries;
        this.competitions = competitions;
        this.page = page;
        this.forms = forms;
    }

    @PostMapping
    String register(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) Long memberId, @RequestParam(required = false) String teamName,
            @RequestParam(required = false) String teamMembers, Model model) {
        return forms.submit(model, () -> {
            entries.register(user, id, new EntryManagement.Registration(memberId, teamName, teamMembers));
            return "redirect:/competitions/" + id + "?registered";
        }, () -> again(user, id, model));
    }

    @PostMapping("/{entryId}/decision")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long entryId,
            @RequestParam EntryManagement.Decision decision, Model model) {
        return forms.submit(model, () -> {
            entries.decide(user, entryId, decision);
            return "redirect:/competitions/" + id;
        }, () -> again(user, id, model));
    }

    /** The organiser enters the winners of a lower level's competition. */
    @PostMapping("/promotion")
    String promote(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) Long sourceId, @RequestParam(required = false) String places, Model model,
            RedirectAttributes redirect) {
        return forms.submit(model, () -> {
            int entered = entries.promote(user, id, sourceId, number(places));
            redirect.addFlashAttribute("promoted", entered);
            return "redirect:/competitions/" + id;
        }, () -> again(user, id, model));
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String again(CurrentUser user, Long id, Model model) {
        page.fill(user, competitions.get(id), model);
        return "competitions/detail";
    }
}
