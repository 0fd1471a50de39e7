package org.workershome.competitions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.form.Forms;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.org.OrgDirectory;

/** The judge's score sheet and conflict declarations; the organiser appointing judges. */
@Controller
@RequestMapping("/competitions/{id}")
class JudgingController {

    private final JudgingManagement judging;
    private final CompetitionManagement competitions;
    private final EntryManagement entries;
    private final CompetitionPage page;
    private final MemberDirectory members;
    private final OrgDirectory orgs;
    private final Forms forms;

    JudgingController(JudgingManagement judging, CompetitionManagement competitions, EntryManagement entries,
            CompetitionPage page, MemberDirectory members, OrgDirectory orgs, Forms forms) {
        this.judging = judging;
        this.competitions = competitions;
        this.entries = entries;
        this.page = page;
        this.members = members;
        this.orgs = orgs;
        this.forms = forms;
    }

    @GetMapping("/judging")
    String sheet(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Competition competition = competitions.get(id);
        Judge judge = judging.judgeOf(user, id)
                .orElseThrow(() -> new BusinessException(HttpStatus.FORBIDDEN, "competition.error.notJudge"));
        boolean inFinal = competition.getStage() == CompetitionStage.FINAL;
        List<Entry> approved = entries.of(id).stream().filter(e -> e.getStatus() == EntryStatus.APPROVED)
                .filter(e -> !inFinal || e.isFinalist()).toList();
        Map<Long, String> conflicts = new LinkedHashMap<>();
        approved.forEach(e -> {
            String why = judging.conflictOf(judge, e);
            if (why != null) {
                conflicts.put(e.getId(), why);
            }
        });
        model.addAttribute("competition", competition);
        model.addAttribute("entries", approved);
        model.addAttribute("memberNames", members.namesOf(approved.stream().map(Entry::getMemberId).toList()));
        model.addAttribute("orgNames", orgs.namesOf(approved.stream().map(Entry::getOrgId).distinct().toList()));
        model.addAttribute("conflicts", conflicts);
        model.addAttribute("marks", judging.marksOf(judge, competition.getStage()));
        model.addAttribute("scoring", competition.getStage().isScoring());
        return "competitions/judging";
    }

    @PostMapping("/scores")
    String score(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam Long entryId,
            @RequestParam Map<String, String> params, Model model) {
        return forms.submit(model, () -> {
            judging.score(user, id, entryId, points(params));
            return "redirect:/competitions/" + id + "/judging?scored=" + entryId;
        }, () -> sheet(user, id, model));
    }

    @PostMapping("/conflicts")
    String conflict(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam Long entryId,
            Model model) {
        return forms.submit(model, () -> {
            judging.declareConflict(user, id, entryId);
            return "redirect:/competitions/" + id + "/judging";
        }, () -> sheet(user, id, model));
    }

    @PostMapping("/judges")
    String appoint(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) Long judgeAccountId, Model model) {
        return forms.submit(model, () -> {
            judging.appoint(user, id, judgeAccountId);
            return "redirect:/competitions/" + id;
        }, () -> {
            page.fill(user, competitions.get(id), model);
            return "competitions/detail";
        });
    }

    /** {@code item0=8&item1=9} → {0: 8, 1: 9}; a mark that is not a whole number is refused with the item's field. */
    static Map<Integer, Integer> points(Map<String, String> params) {
        Map<Integer, Integer> points = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.matches("item\\d{1,2}")) {
                try {
                    points.put(Integer.valueOf(name.substring(4)), Integer.valueOf(value.strip()));
                } catch (NumberFormatException e) {
                    errors.put(name, "competition.score.range");
                }
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return points;
    }
}
