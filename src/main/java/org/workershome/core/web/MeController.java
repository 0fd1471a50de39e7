package org.workershome.core.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.module.MeSection;

/** The worker's home page: every module's {@link MeSection}, in order. */
@Controller
class MeController {

    /** Template and fragment name apart, as Thymeleaf's {@code ~{template :: fragment}} needs them. */
    record RenderedSection(String template, String fragment, java.util.Map<String, Object> model) {}

    private final List<MeSection> sections;

    MeController(List<MeSection> sections) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(MeSection::order)).toList();
    }

    @GetMapping("/me")
    String me(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("sections", sections.stream()
                .map(s -> {
                    String[] parts = s.fragment().split("\\s*::\\s*", 2);
                    return new RenderedSection(parts[0], parts[1], s.model(user));
                }).toList());
        return "me";
    }
}
