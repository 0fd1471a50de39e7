package org.workershome.surveys;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.form.Forms;

/** A member fills a survey: the form (skip logic shown by survey-form.js, decided again on the server), thanks. */
@Controller
@RequestMapping("/surveys/{id}")
class AnswerController {

    private final SurveyAnswering answering;
    private final Forms forms;

    AnswerController(SurveyAnswering answering, Forms forms) {
        this.answering = answering;
        this.forms = forms;
    }

    @GetMapping("/answer")
    String form(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Survey survey = answering.toAnswer(user, id);
        model.addAttribute("survey", survey);
        model.addAttribute("answered", answering.hasAnswered(user, id));
        if (!model.containsAttribute("sent")) {
            model.addAttribute("sent", Map.of());
        }
        model.addAttribute("requestToken", UUID.randomUUID().toString());
        return "surveys/answer";
    }

    @PostMapping("/answer")
    String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, HttpServletRequest request,
            Model model) {
        Map<String, List<String>> params = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("q")) {
                params.put(name, Arrays.asList(values));
            }
        });
        return forms.submit(model, () -> {
            answering.submit(user, id, params, request.getParameter("requestToken"));
            return "redirect:/surveys/" + id + "/thanks";
        }, () -> {
            model.addAttribute("sent", params);
            return form(user, id, model);
        });
    }

    @GetMapping("/thanks")
    String thanks(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        model.addAttribute("survey", answering.askedOf(user, id));
        return "surveys/thanks";
    }
}
