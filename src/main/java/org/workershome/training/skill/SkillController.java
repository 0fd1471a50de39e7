package org.workershome.training.skill;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.form.Forms;
import org.workershome.core.member.MemberDirectory;
import org.workershome.training.TrainingModule;

/** Skill levels: one's own career paths; a cadre's records of his workers and the form to record a level. */
@Controller
@RequestMapping("/training/skills")
class SkillController {

    private final SkillManagement skills;
    private final MemberDirectory members;
    private final Access access;
    private final Forms forms;

    SkillController(SkillManagement skills, MemberDirectory members, Access access, Forms forms) {
        this.skills = skills;
        this.members = members;
        this.access = access;
        this.forms = forms;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        boolean recorder = access.may(user, TrainingModule.MANAGE, user.orgId());
        model.addAttribute("paths", user.memberId() == null ? List.of() : skills.paths(user, user.memberId()));
        model.addAttribute("recorder", recorder);
        model.addAttribute("levels", SkillLevel.values());
        if (recorder) {
            List<SkillRecord> records = skills.inScope();
            model.addAttribute("records", records);
            model.addAttribute("names", members.namesOf(records.stream().map(SkillRecord::getMemberId).toList()));
            model.addAttribute("members", members.activeInSubtree(user.orgId()).stream().limit(500).toList());
        }
        return "training/skills";
    }

    @GetMapping("/members/{memberId}")
    String path(@AuthenticationPrincipal CurrentUser user, @PathVariable Long memberId, Model model) {
        model.addAttribute("paths", skills.paths(user, memberId));
        model.addAttribute("name", members.nameOf(memberId).orElse(""));
        return "training/career";
    }

    @PostMapping
    String record(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long memberId,
            @RequestParam String occupation, @RequestParam(required = false) SkillLevel level,
            @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> skills.record(user, memberId, occupation, level, note),
                "training.skill.recorded", "/training/skills", () -> list(user, model));
    }
}
