package org.workershome.appeals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.workershome.appeals.AppealCategoryManagement.CategoryForm;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.form.FormErrors;
import org.workershome.core.form.Forms;

/** The kinds of appeal and their deadlines, for administrators. */
@Controller
@RequestMapping("/appeals/categories")
class AppealCategoryController {

    private static final String VIEW = "appeals/categories";

    private final AppealCategoryManagement categories;
    private final Access access;
    private final Forms forms;

    AppealCategoryController(AppealCategoryManagement categories, Access access, Forms forms) {
        this.forms = forms;
        this.categories = categories;
        this.access = access;
    }

    /** Runs before every handler here: the categories are the administrators'. */
    @ModelAttribute
    void administratorsOnly(@AuthenticationPrincipal CurrentUser user) {
        access.require(user, AppealsModule.ADMINISTER);
    }

    @GetMapping
    String list(Model model) {
        fill(model, null, null, CategoryForm.blank());
        return VIEW;
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @ModelAttribute CategoryForm form, BindingResult binding, Model model) {
        return forms.submit(unreadable(binding), model, () -> {
            categories.update(code, form);
            return "redirect:/appeals/categories?saved=" + code;
        }, () -> {
            fill(model, code, form, CategoryForm.blank());
            return VIEW;
        });
    }

    @PostMapping
    String create(@ModelAttribute CategoryForm form, BindingResult binding, Model model) {
        return forms.submit(unreadable(binding), model,
                () -> "redirect:/appeals/categories?saved=" + categories.create(form).getCode(), () -> {
                    fill(model, "", null, form);
                    return VIEW;
                });
    }

    /** A number field holding no number: a field error like any other, in our words rather than the binder's. */
    private FormErrors unreadable(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(f -> errors.putIfAbsent(f.getField(), "appeal.categoryAdmin.number"));
        return forms.errorsOf(errors);
    }

    /** Rows as stored, except the one that failed, which shows what was typed. */
    private void fill(Model model, String failedCode, CategoryForm failed, CategoryForm newForm) {
        Map<String, CategoryForm> rows = new LinkedHashMap<>();
        categories.all().forEach(c -> rows.put(c.getCode(),
                c.getCode().equals(failedCode) && failed != null ? failed : CategoryForm.from(c)));
        model.addAttribute("rows", rows);
        model.addAttribute("failedCode", failedCode);
        model.addAttribute("newForm", newForm);
    }
}
