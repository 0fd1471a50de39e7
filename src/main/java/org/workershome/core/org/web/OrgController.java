package org.workershome.core.org.web;

import org.workershome.core.org.Industry;
import org.workershome.core.org.Org;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.org.OrgDraft;
import org.workershome.core.org.OrgManagement;
import org.workershome.core.org.OrgMove;
import org.workershome.core.org.OrgNode;
import org.workershome.core.org.OrgType;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.workershome.core.account.Permissions;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.Access;
import org.workershome.core.form.Forms;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.workershome.core.scope.OrgScope;
import org.workershome.core.time.Times;
import org.workershome.core.scope.Scopes;

/** The org tree pages: browse the tree in scope, create, edit, move and close orgs. */
@Controller
@RequestMapping("/orgs")
class OrgController {

    static final String LIST = "orgs/list";
    static final String DETAIL = "orgs/detail";
    static final String FORM = "orgs/form";
    static final String MOVE = "orgs/move";

    /** One step of the path from the national union down to an org; linked when it is in the caller's scope. */
    record Crumb(Long id, String name, boolean linked) {}

    private final OrgManagement management;
    private final OrgDirectory directory;
    private final Scopes scopes;
    private final MessageSource messages;
    private final Forms forms;

    private final Access access;

    OrgController(OrgManagement management, OrgDirectory directory, Scopes scopes, MessageSource messages, Forms forms, Access access) {
        this.access = access;
        this.management = management;
        this.directory = directory;
        this.scopes = scopes;
        this.messages = messages;
        this.forms = forms;
    }

    /** Every request of this controller needs ORG_READ. */
    @ModelAttribute
    void requirePermission(@AuthenticationPrincipal CurrentUser user) {
        access.require(user, Permissions.ORG_READ);
    }

    @ModelAttribute("types")
    OrgType[] types() {
        return OrgType.values();
    }

    @ModelAttribute("industries")
    Industry[] industries() {
        return Industry.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("roots", OrgNode.forest(management.tree(), management.activeMemberCounts()));
        return LIST;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        Org org = management.get(id);
        model.addAttribute("org", org);
        model.addAttribute("crumbs", crumbs(org));
        model.addAttribute("children", management.children(id));
        model.addAttribute("createdAt", org.getCreatedAt().atZone(Times.ZONE));
        model.addAttribute("activeMembers", management.activeMemberCounts().getOrDefault(id, 0L));
        return DETAIL;
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long parentId,
            Model model) {
        access.require(user, Permissions.ORG_WRITE);
        Long parent = parentId != null ? parentId : user == null ? null : user.orgId();
        return form(new OrgDraft(parent, "", OrgType.GRASSROOTS, null, ""), UUID.randomUUID().toString(), model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") OrgDraft form, BindingResult result,
            @RequestParam(required = false) String requestToken, Model model) {
        access.require(user, Permissions.ORG_WRITE);
        return forms.submit(result, model, () -> "redirect:/orgs/" + management.create(form, requestToken).getId(),
                () -> form(form, requestToken, model));
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        access.require(user, Permissions.ORG_WRITE);
        Org org = management.get(id);
        model.addAttribute("org", org);
        model.addAttribute("form", OrgDraft.from(org));
        return FORM;
    }

    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @Valid @ModelAttribute("form") OrgDraft form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        access.require(user, Permissions.ORG_WRITE);
        return forms.submit(result, model, () -> {
            management.update(id, form);
            redirect.addFlashAttribute("flash", text("common.saved"));
            return "redirect:/orgs/" + id;
        }, () -> {
            model.addAttribute("org", management.get(id));
            return FORM;
        });
    }

    @GetMapping("/{id}/move")
    String moveForm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        access.require(user, Permissions.ORG_WRITE);
        Org org = management.get(id);
        return move(org, new OrgMove(org.getParentId()), model);
    }

    @PostMapping("/{id}/move")
    String moveTo(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @Valid @ModelAttribute("form") OrgMove form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        access.require(user, Permissions.ORG_WRITE);
        return forms.submit(result, model, () -> {
            management.move(id, form.parentId());
            redirect.addFlashAttribute("flash", text("org.moved"));
            return "redirect:/orgs/" + id;
        }, () -> move(management.get(id), form, model));
    }

    @PostMapping("/{id}/close")
    String close(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model, RedirectAttributes redirect) {
        access.require(user, Permissions.ORG_WRITE);
        return forms.submit(model, () -> {
            management.close(id);
            redirect.addFlashAttribute("flash", text("org.closed"));
            return "redirect:/orgs/" + id;
        }, () -> detail(id, model));
    }

    private String form(OrgDraft form, String requestToken, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("requestToken", requestToken == null || requestToken.isBlank()
                ? UUID.randomUUID().toString() : requestToken);
        model.addAttribute("parents", management.tree().stream().filter(Org::isActive).toList());
        return FORM;
    }

    private String move(Org org, OrgMove form, Model model) {
        model.addAttribute("org", org);
        model.addAttribute("form", form);
        model.addAttribute("parents", management.possibleParents(org));
        return MOVE;
    }

    private List<Crumb> crumbs(Org org) {
        OrgScope scope = scopes.current();
        List<Crumb> crumbs = new ArrayList<>();
        StringBuilder path = new StringBuilder("/");
        for (String part : org.getPath().substring(1).split("/")) {
            path.append(part).append('/');
            Long id = Long.valueOf(part);
            if (!id.equals(org.getId())) {
                crumbs.add(new Crumb(id, directory.nameOf(id), scope.includesPath(path.toString())));
            }
        }
        return crumbs;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
