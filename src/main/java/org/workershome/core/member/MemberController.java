package org.workershome.core.member;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.workershome.core.account.Permissions;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.Access;
import org.workershome.core.form.Forms;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.excel.ExcelExport;
import org.workershome.core.excel.ExcelImport;
import org.workershome.core.excel.ExcelSheet;
import org.workershome.core.org.Org;
import org.workershome.core.org.OrgPicker;
import org.workershome.core.org.Orgs;
import org.workershome.core.time.Times;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.db.CappedPage;

/** Member pages: list with live filters, export, register, detail, edit, transfer and Excel import. */
@Controller
@RequestMapping("/members")
class MemberController {

    static final int PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;
    /** Excel's sheet holds 1,048,576 rows; the export streams, so its size is no memory question. */
    static final int EXPORT_MAX = 1_000_000;
    private static final String LIST = "members/list";
    private static final String DETAIL = "members/detail";
    private static final String FORM = "members/form";
    private static final String EDIT = "members/edit";
    private static final String TRANSFER = "members/transfer";
    private static final String IMPORT = "members/import";

    private final MemberManagement management;
    private final MemberViews views;
    private final MemberImport importer;
    private final Orgs orgs;
    private final MessageSource messages;
    private final Clock clock;
    private final Forms forms;

    private final Access access;
    private final OrgPicker orgPicker;

    MemberController(MemberManagement management, MemberViews views, MemberImport importer, Orgs orgs,
            MessageSource messages, Clock clock, Forms forms, Access access, OrgPicker orgPicker) {
        this.access = access;
        this.orgPicker = orgPicker;
        this.forms = forms;
        this.management = management;
        this.views = views;
        this.importer = importer;
        this.orgs = orgs;
        this.messages = messages;
        this.clock = clock;
    }

    /** Every request of this controller needs MEMBER_READ. */
    @ModelAttribute
    void requirePermission(@AuthenticationPrincipal CurrentUser user) {
        access.require(user, Permissions.MEMBER_READ);
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") MemberFilter filter,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + PAGE_SIZE) int size,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        CappedPage<Member> found = management.page(filter, page, Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
        model.addAttribute("members", views.of(found.content()));
        model.addAttribute("page", found);
        model.addAttribute("statuses", MemberStatus.values());
        model.addAttribute("orgOptions", orgPicker.around(filter.orgId(), user.orgId()));
        model.addAttribute("htmx", htmx != null);
        return htmx != null ? LIST + " :: refresh" : LIST;
    }

    @GetMapping("/export.xlsx")
    void export(@ModelAttribute("filter") MemberFilter filter, HttpServletResponse response, Locale locale)
            throws IOException {
        columns(locale)
                .column("member.idNumber", MemberView::idNumber)
                .column("member.phone", MemberView::phone)
                .column("member.org", MemberView::orgName)
                .column("member.job", MemberView::job)
                .column("member.joinDate", MemberView::joinDate)
                .column("member.status", v -> text("member.status." + v.status(), locale))
                .column("member.username", MemberView::username)
                .send(response, text("member.export.filename", locale, LocalDate.now(clock.withZone(Times.ZONE))) + ".xlsx",
                        sink -> management.export(filter, EXPORT_MAX, chunk -> views.of(chunk).forEach(sink)),
                        messages, locale);
    }

    @GetMapping("/import-template.xlsx")
    void importTemplate(@AuthenticationPrincipal CurrentUser user, HttpServletResponse response, Locale locale) throws IOException {
        access.require(user, Permissions.MEMBER_WRITE);
        columns(locale).column("member.idNumber", MemberView::idNumber).column("member.phone", MemberView::phone)
                .column("member.joinDate", MemberView::joinDate).column("member.job", MemberView::job)
                .send(response, text("member.import.templateFilename", locale) + ".xlsx", List.of(), messages, locale);
    }

    /** Name and gender come first in both the export and the import template. */
    private ExcelExport<MemberView> columns(Locale locale) {
        return ExcelExport.of(MemberView.class).sheet(text("member.sheet", locale))
                .column("member.name", MemberView::name)
                .column("member.gender", v -> v.gender() == null ? null : text("member.gender." + v.gender(), locale));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        model.addAttribute("member", views.of(management.get(id)));
        model.addAttribute("transfers", views.transfers(management.history(id)));
        return DETAIL;
    }

    /** The full ID number and phone, in the audit log. An htmx request gets just the personal-data block. */
    @PostMapping("/{id}/personal-data")
    String personalData(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        access.require(user, Permissions.MEMBER_PERSONAL);
        Member member = management.revealPersonalData(id);
        model.addAttribute("revealed", new PersonalData(member.getIdNumber(), member.getPhone()));
        model.addAttribute("member", views.of(member));
        if (htmx != null) {
            return DETAIL + " :: personal";
        }
        return detail(id, model);
    }

    record PersonalData(String idNumber, String phone) {}

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long orgId, Model model) {
        access.require(user, Permissions.MEMBER_WRITE);
        return form(MemberForm.blank(orgId), model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") MemberForm form, BindingResult binding, Model model, RedirectAttributes redirect,
            Locale locale) {
        access.require(user, Permissions.MEMBER_WRITE);
        Map<String, String> errors = bindingErrors(binding);
        if (!errors.isEmpty()) {
            // what could be read of the form is checked too, so the worker sees every problem at once
            management.violations(form.toDraft()).forEach(errors::putIfAbsent);
        }
        return forms.submit(forms.errorsOf(errors), model, () -> {
            Member member = management.register(form.toDraft(),
                    form.requestToken() == null ? null : form.requestToken().toString());
            redirect.addFlashAttribute("flash", text("member.registered", locale, member.getName()));
            return "redirect:/members/" + member.getId();
        }, () -> form(form.requestToken() == null ? MemberForm.blank(form.orgId()) : form, model));
    }

    private String form(MemberForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("orgs", activeOrgs());
        model.addAttribute("genders", Gender.values());
        return FORM;
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        access.require(user, Permissions.MEMBER_WRITE);
        Member member = management.get(id);
        return edit(member, MemberEditForm.from(member), model);
    }

    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @ModelAttribute("form") MemberEditForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, Locale locale) {
        access.require(user, Permissions.MEMBER_WRITE);
        Member member = management.get(id);
        return forms.submit(forms.errorsOf(bindingErrors(binding)), model, () -> {
            management.update(id, form.toDraft(member), form.version());
            redirect.addFlashAttribute("flash", text("common.saved", locale));
            return "redirect:/members/" + id;
        }, () -> edit(member, form, model));
    }

    private String edit(Member member, MemberEditForm form, Model model) {
        model.addAttribute("member", views.of(member));
        model.addAttribute("form", form);
        model.addAttribute("genders", Gender.values());
        model.addAttribute("statuses", MemberStatus.values());
        return EDIT;
    }

    @GetMapping("/{id}/transfer")
    String transferForm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        access.require(user, Permissions.MEMBER_WRITE);
        return transferPage(management.get(id), new TransferForm(null, null), model);
    }

    @PostMapping("/{id}/transfer")
    String transfer(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @ModelAttribute("form") TransferForm form, Model model,
            RedirectAttributes redirect, Locale locale) {
        access.require(user, Permissions.MEMBER_WRITE);
        Member member = management.get(id);
        return forms.submit(model, () -> {
            if (form.toOrgId() == null) {
                throw InvalidInput.field("toOrgId", "member.orgId.required");
            }
            management.transfer(id, form.toOrgId(), form.reason());
            redirect.addFlashAttribute("flash", text("member.transferred", locale, member.getName()));
            // The member may now be outside the caller's scope: back to the list, not the detail.
            return "redirect:/members";
        }, () -> transferPage(member, form, model));
    }

    private String transferPage(Member member, TransferForm form, Model model) {
        model.addAttribute("member", views.of(member));
        model.addAttribute("form", form);
        model.addAttribute("orgs", activeOrgs().stream().filter(o -> !o.id().equals(member.getOrgId())).toList());
        return TRANSFER;
    }

    @GetMapping("/import")
    String importForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long orgId, Model model) {
        access.require(user, Permissions.MEMBER_WRITE);
        model.addAttribute("orgId", orgId);
        model.addAttribute("orgs", activeOrgs());
        model.addAttribute("maxRows", ExcelImport.DEFAULT_MAX_ROWS);
        return IMPORT;
    }

    @PostMapping("/import")
    String importFile(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long orgId, @RequestParam(required = false) MultipartFile file,
            Model model, Locale locale) {
        access.require(user, Permissions.MEMBER_WRITE);
        importForm(user, orgId, model);
        if (orgId == null) {
            model.addAttribute("error", text("member.orgId.required", locale));
            return IMPORT;
        }
        ExcelSheet sheet;
        try {
            sheet = ExcelImport.read(file, ExcelImport.DEFAULT_MAX_ROWS);
        } catch (BusinessException e) {
            String key = e instanceof InvalidInput invalid ? invalid.fieldErrors().values().iterator().next() : e.messageKey();
            model.addAttribute("error", messages.getMessage(key, e.args(), key, locale));
            return IMPORT;
        }
        MemberImport.Result result = importer.importInto(orgId, sheet);
        model.addAttribute("result", result);
        return IMPORT;
    }

    private List<OrgOption> activeOrgs() {
        return OrgOption.of(orgs.findAllByOrderByPath().stream().filter(Org::isActive).toList());
    }

    /** Values that could not even be converted (a malformed date, an unknown choice). */
    private static Map<String, String> bindingErrors(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(),
                CONVERTED.contains(e.getField()) ? "member." + e.getField() + ".invalid" : "error.badRequest"));
        return errors;
    }

    private static final java.util.Set<String> CONVERTED = java.util.Set.of("orgId", "gender", "joinDate", "status");

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
