package org.workershome.hardship;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.Permissions;
import org.workershome.core.excel.ExcelExport;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.member.Members;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.error.InvalidInput;

/** Hardship pages: files (list, application, detail, actions, aid, visits, evidence, reveal), notice and export. */
@Controller
@RequestMapping("/hardship")
class HardshipController {

    private final HardshipManagement management;
    private final HardshipPools pools;
    private final AidManagement aid;
    private final HardshipNotices notices;
    private final IdempotentSubmissions submissions;
    private final OrgDirectory orgDirectory;
    private final Members members;
    private final MessageSource messages;

    HardshipController(HardshipManagement management, HardshipPools pools, AidManagement aid, HardshipNotices notices,
            IdempotentSubmissions submissions, OrgDirectory orgDirectory, Members members, MessageSource messages) {
        this.management = management;
        this.pools = pools;
        this.aid = aid;
        this.notices = notices;
        this.submissions = submissions;
        this.orgDirectory = orgDirectory;
        this.members = members;
        this.messages = messages;
    }

    /** The application form; household rows come as parallel lists (h… fields), blank rows are skipped. */
    record ApplicationForm(Long memberId, String idNumber, String phone, Integer householdSize,
            String monthlyIncomePerCapita, List<HardshipCause> causes, HardshipGrade grade, String description,
            Boolean temporary, List<String> hName, List<String> hRelation, List<String> hAge, List<String> hHealth,
            List<String> hWork, List<String> hIncome, String requestToken) {

        static ApplicationForm blank() {
            return new ApplicationForm(null, null, null, null, null, List.of(), null, null, false, null, null, null,
                    null, null, null, UUID.randomUUID().toString());
        }

        public boolean hasCause(HardshipCause cause) {
            return causes != null && causes.contains(cause);
        }

        public String row(List<String> values, int i) {
            return values == null || values.size() <= i ? null : values.get(i);
        }

        HardshipManagement.Application toApplication(Map<String, String> errors) {
            BigDecimal income = decimal(monthlyIncomePerCapita, "monthlyIncomePerCapita", errors);
            List<HardshipManagement.Person> people = new ArrayList<>();
            int rows = hName == null ? 0 : hName.size();
            for (int i = 0; i < rows; i++) {
                String name = row(hName, i);
                String relation = row(hRelation, i);
                if ((name == null || name.isBlank()) && (relation == null || relation.isBlank())) {
                    continue;
                }
                Integer age = null;
                String rawAge = row(hAge, i);
                if (rawAge != null && !rawAge.isBlank()) {
                    try {
                        age = Integer.valueOf(rawAge.strip());
                    } catch (NumberFormatException e) {
                        errors.put("household[" + i + "]", "hardship.household.invalid");
                    }
                }
                people.add(new HardshipManagement.Person(name, relation, age, row(hHealth, i), row(hWork, i),
                        decimal(row(hIncome, i), "household[" + i + "]", errors)));
            }
            return new HardshipManagement.Application(memberId, idNumber, phone, householdSize, income, causes, grade,
                    description, Boolean.TRUE.equals(temporary), people);
        }
    }

    static BigDecimal decimal(String raw, String field, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(raw.strip().replace(",", "").replace("¥", ""));
        } catch (NumberFormatException e) {
            errors.put(field, "hardship.amount.invalid");
            return null;
        }
    }

    record ActionForm(HardshipAction action, String note, HardshipGrade grade, LocalDate visitDate) {}

    /** {@code requestToken}: a resent form (bad network, double click) pays once. */
    record AidForm(AidType type, String amount, String description, Long fundId, Long projectId, LocalDate date,
            String requestToken) {}

    record VisitForm(HardshipVisit.Kind kind, LocalDate date, String note) {}

    static boolean isHandler(CurrentUser user) {
        return user.hasPermission(HardshipModule.HANDLE);
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) HardshipStatus status,
            @RequestParam(required = false) String query, Model model) {
        boolean handler = isHandler(user);
        List<HardshipFile> list;
        if (!handler) {
            list = management.filesOf(user.memberId());
        } else if ("never-assisted".equals(query)) {
            list = aid.neverAssisted();
        } else if ("review-due".equals(query)) {
            list = aid.dueForReview();
        } else {
            list = management.list(status, 200);
        }
        model.addAttribute("handler", handler);
        model.addAttribute("files", list);
        model.addAttribute("names", management.memberNames(list));
        model.addAttribute("orgNames", orgDirectory);
        model.addAttribute("status", status);
        model.addAttribute("query", query);
        model.addAttribute("statuses", HardshipStatus.values());
        return "hardship/list";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", ApplicationForm.blank());
        fillForm(user, model);
        return "hardship/new";
    }

    private void fillForm(CurrentUser user, Model model) {
        model.addAttribute("handler", isHandler(user));
        if (isHandler(user)) {
            model.addAttribute("members", members.findAll(PageRequest.of(0, 500, Sort.by("name"))).getContent());
        }
        model.addAttribute("causes", HardshipCause.values());
        model.addAttribute("grades", HardshipGrade.values());
        model.addAttribute("rows", List.of(0, 1, 2, 3));
    }

    @PostMapping
    String apply(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ApplicationForm form, Model model) {
        try {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            HardshipManagement.Application application = form.toApplication(errors);
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
            HardshipFile file = submissions.submit(form.requestToken(), "hardship.apply",
                    () -> management.apply(user, application), HardshipFile::getId,
                    id -> Optional.of(management.get(Long.valueOf(id)))).value();
            return "redirect:/hardship/files/" + file.getId() + "?applied";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.fieldErrors());
            fillForm(user, model);
            return "hardship/new";
        }
    }

    @GetMapping("/files/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        fillDetail(user, management.get(id), model);
        return "hardship/detail";
    }

    private void fillDetail(CurrentUser user, HardshipFile file, Model model) {
        boolean handler = management.mayHandle(user, file);
        model.addAttribute("file", file);
        model.addAttribute("handler", handler);
        model.addAttribute("memberName", management.memberName(file));
        model.addAttribute("orgNames", orgDirectory);
        model.addAttribute("line", management.povertyLineFor(file.getOrgId()));
        model.addAttribute("household", management.householdOf(file));
        model.addAttribute("visits", management.visitsOf(file));
        model.addAttribute("attachments", management.attachmentsOf(file));
        model.addAttribute("objections", management.objectionsOf(user, file));
        model.addAttribute("pairings", management.pairingsOf(file));
        model.addAttribute("aid", aid.aidOf(file));
        model.addAttribute("timeline", management.timelineOf(file));
        model.addAttribute("actions", management.allowedActions(user, file));
        model.addAttribute("grades", HardshipGrade.values());
        model.addAttribute("mayReveal", handler && user.hasPermission(Permissions.MEMBER_PERSONAL));
        model.addAttribute("mayAttach", file.getStatus().isActive() && (handler || file.belongsTo(user.memberId())));
        boolean mayAid = handler && file.getStatus().mayReceiveAid();
        model.addAttribute("mayAid", mayAid);
        if (mayAid) {
            model.addAttribute("aidTypes", AidType.values());
            model.addAttribute("funds", aid.fundsInScope().stream().filter(f -> f.getOrgId().equals(file.getOrgId())
                    || orgPathOf(file.getOrgId()).startsWith(orgPathOf(f.getOrgId()))).toList());
            model.addAttribute("projects", aid.projectsInScope().stream()
                    .filter(p -> p.getStatus() == HardshipProject.Status.APPROVED).toList());
        }
        model.addAttribute("visitKinds", HardshipVisit.Kind.values());
        model.addAttribute("requestToken", UUID.randomUUID().toString());
        model.addAttribute("reviewDueAt", management.reviewDueAt(file));
        model.addAttribute("mayUpdateHousehold", handler && file.getStatus() == HardshipStatus.UNDER_REVIEW);
        model.addAttribute("mayReopen", file.getStatus() == HardshipStatus.EXITED
                && (handler || file.belongsTo(user.memberId())));
        model.addAttribute("causes", HardshipCause.values());
        if (file.getPreviousFileId() != null) {
            model.addAttribute("previousFileNo", management.fileNoOf(file.getPreviousFileId()));
        }
    }

    /** At review: the household as found (size, income per person, persons if entered; blank rows keep them). */
    @PostMapping("/files/{id}/household")
    String updateHousehold(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @ModelAttribute ApplicationForm form, Model model) {
        try {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            HardshipManagement.Application parsed = form.toApplication(errors);
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
            management.updateAtReview(user, id, new HardshipManagement.ReviewUpdate(parsed.householdSize(),
                    parsed.monthlyIncomePerCapita(), parsed.household().isEmpty() ? null : parsed.household()));
            return "redirect:/hardship/files/" + id + "?done=UPDATE_HOUSEHOLD";
        } catch (InvalidInput e) {
            fillDetail(user, management.get(id), model);
            model.addAttribute("householdErrors", e.fieldErrors());
            return "hardship/detail";
        }
    }

    /** A family that left hardship is in hardship again: a new file, then the whole path. */
    @PostMapping("/files/{id}/reopen")
    String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @ModelAttribute ApplicationForm form,
            @RequestParam(required = false) String note, Model model) {
        try {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            HardshipManagement.Application parsed = form.toApplication(errors);
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
            var reopening = new HardshipManagement.Reopening(parsed.householdSize(), parsed.monthlyIncomePerCapita(),
                    parsed.causes(), parsed.description(), note);
            var submission = submissions.submit(form.requestToken(), "hardship.reopen",
                    () -> management.reopen(user, id, reopening), HardshipFile::getId,
                    newId -> Optional.of(management.get(Long.valueOf(newId))));
            return "redirect:/hardship/files/" + submission.value().getId() + "?applied";
        } catch (InvalidInput e) {
            fillDetail(user, management.get(id), model);
            model.addAttribute("reopenErrors", e.fieldErrors());
            return "hardship/detail";
        }
    }

    /** The pools (库): files closed, and families that left hardship; masked, by org and year closed. */
    @GetMapping("/pools")
    String pools(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String pool,
            @RequestParam(required = false) Long orgId, @RequestParam(required = false) Integer year, Model model) {
        HardshipPools.Pool which = HardshipPools.Pool.of(pool);
        List<HardshipPools.PoolRow> all = pools.list(user, which, null, year);
        model.addAttribute("pool", which);
        model.addAttribute("pools", HardshipPools.Pool.values());
        model.addAttribute("rows", orgId == null ? all : pools.list(user, which, orgId, year));
        model.addAttribute("orgOptions", new java.util.TreeMap<>(orgDirectory.namesOf(
                all.stream().map(HardshipPools.PoolRow::orgId).distinct().toList())));
        model.addAttribute("orgId", orgId);
        model.addAttribute("year", year);
        return "hardship/pools";
    }

    @GetMapping("/pools/export.xlsx")
    void exportPool(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String pool,
            @RequestParam(required = false) Long orgId, @RequestParam(required = false) Integer year,
            HttpServletResponse response, Locale locale) throws IOException {
        HardshipPools.Pool which = HardshipPools.Pool.of(pool);
        List<HardshipPools.PoolRow> rows = pools.export(user, which, orgId, year);
        ExcelExport.of(HardshipPools.PoolRow.class).sheet(text("hardship.pool." + which, locale))
                .column("hardship.fileNo", HardshipPools.PoolRow::fileNo)
                .column("hardship.member", HardshipPools.PoolRow::memberName)
                .column("hardship.idNumber", HardshipPools.PoolRow::idNumber)
                .column("hardship.org", HardshipPools.PoolRow::orgName)
                .column("hardship.status", r -> text("hardship.status." + r.status(), locale))
                .column("hardship.grade", r -> r.grade() == null ? null : text("hardship.grade." + r.grade(), locale))
                .column("hardship.causes", r -> String.join("、", r.causes().stream()
                        .map(c -> text("hardship.cause." + c, locale)).toList()))
                .column("hardship.approvedAt", HardshipPools.PoolRow::approvedAt)
                .column("hardship.closedAt", HardshipPools.PoolRow::closedAt)
                .column("hardship.closeReason", HardshipPools.PoolRow::closeReason)
                .column("hardship.reopenedAs", HardshipPools.PoolRow::reopenedAsNo)
                .send(response, text("hardship.pool." + which, locale) + ".xlsx", rows, messages, locale);
    }

    private String orgPathOf(Long orgId) {
        return management.orgPath(orgId);
    }

    @PostMapping("/files/{id}/actions")
    String act(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @ModelAttribute ActionForm form,
            Model model) {
        try {
            management.act(user, id, new HardshipManagement.ActionRequest(form.action(), form.note(), form.grade(),
                    form.visitDate()));
            return "redirect:/hardship/files/" + id + "?done=" + form.action();
        } catch (InvalidInput e) {
            fillDetail(user, management.get(id), model);
            model.addAttribute("errors", e.fieldErrors());
            model.addAttribute("failedAction", form.action());
            return "hardship/detail";
        }
    }

    @PostMapping("/files/{id}/aid")
    String giveAid(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @ModelAttribute AidForm form,
            Model model) {
        try {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            BigDecimal amount = decimal(form.amount(), "amount", errors);
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
            var request = new AidManagement.AidRequest(form.type(), amount, form.description(), form.fundId(),
                    form.projectId(), form.date());
            submissions.submit(form.requestToken(), "hardship.aid", () -> aid.giveAid(user, id, request), Aid::getId,
                    aidId -> aid.aidOf(management.get(id)).stream().filter(a -> a.getId().equals(Long.valueOf(aidId)))
                            .findFirst());
            return "redirect:/hardship/files/" + id + "?aided";
        } catch (InvalidInput e) {
            fillDetail(user, management.get(id), model);
            model.addAttribute("aidErrors", e.fieldErrors());
            return "hardship/detail";
        }
    }

    @PostMapping("/files/{id}/visits")
    String visit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @ModelAttribute VisitForm form,
            Model model) {
        try {
            management.recordVisit(user, id, form.kind(), form.date(), form.note());
            return "redirect:/hardship/files/" + id + "?visited";
        } catch (InvalidInput e) {
            fillDetail(user, management.get(id), model);
            model.addAttribute("visitErrors", e.fieldErrors());
            return "hardship/detail";
        }
    }

    @PostMapping("/files/{id}/pairings")
    String pair(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        management.pair(user, id, null);
        return "redirect:/hardship/files/" + id + "?paired";
    }

    @PostMapping("/files/{id}/attachments")
    String attach(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) Long visitId, Model model) {
        try {
            management.attach(user, id, visitId, HardshipManagement.CHECK.check(file));
            return "redirect:/hardship/files/" + id + "?attached";
        } catch (InvalidInput e) {
            fillDetail(user, management.get(id), model);
            model.addAttribute("attachmentError", e.fieldErrors().values().iterator().next());
            return "hardship/detail";
        }
    }

    @GetMapping("/files/{id}/attachments/{attachmentId}")
    ResponseEntity<Resource> download(@PathVariable Long id, @PathVariable Long attachmentId) {
        return HardshipApi.response(management.download(id, attachmentId));
    }

    @GetMapping("/files/{id}/personal-data")
    String personalData(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        model.addAttribute("data", management.revealPersonalData(user, id));
        model.addAttribute("fileId", id);
        return "hardship/personal";
    }

    @GetMapping("/notices")
    String notice(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("entries", notices.noticeOf(user));
        model.addAttribute("orgName", orgDirectory.nameOf(user.orgId()));
        return "hardship/notices";
    }

    @PostMapping("/notices/{fileId}/objections")
    String object(@AuthenticationPrincipal CurrentUser user, @PathVariable Long fileId, @RequestParam String text,
            Model model) {
        try {
            notices.object(user, fileId, text);
            return "redirect:/hardship/notices?objected";
        } catch (InvalidInput e) {
            model.addAttribute("entries", notices.noticeOf(user));
            model.addAttribute("orgName", orgDirectory.nameOf(user.orgId()));
            model.addAttribute("objectionError", e.fieldErrors().values().iterator().next());
            model.addAttribute("failedFile", fileId);
            return "hardship/notices";
        }
    }

    /** Files or aid in scope as Excel: masked; {@code full=true} unmasked for those who may see it (audited). */
    @GetMapping("/export.xlsx")
    void export(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "files") String what,
            @RequestParam(defaultValue = "false") boolean full, HttpServletResponse response, Locale locale)
            throws IOException {
        if ("aid".equals(what)) {
            List<HardshipManagement.AidRow> rows = management.exportAid(user);
            ExcelExport.of(HardshipManagement.AidRow.class).sheet(text("hardship.aid", locale))
                    .column("hardship.fileNo", HardshipManagement.AidRow::fileNo)
                    .column("hardship.member", HardshipManagement.AidRow::memberName)
                    .column("hardship.org", r -> orgDirectory.nameOf(r.orgId()))
                    .column("hardship.aid.type", r -> text("hardship.aidType." + r.type(), locale))
                    .column("hardship.aid.amount", HardshipManagement.AidRow::amount)
                    .column("hardship.aid.description", HardshipManagement.AidRow::description)
                    .column("hardship.aid.fund", HardshipManagement.AidRow::fundName)
                    .column("hardship.aid.date", HardshipManagement.AidRow::date)
                    .column("hardship.aid.handler", HardshipManagement.AidRow::handler)
                    .send(response, text("hardship.export.aidName", locale) + ".xlsx", rows, messages, locale);
            return;
        }
        List<HardshipManagement.FileRow> rows = management.exportFiles(user, full);
        ExcelExport.of(HardshipManagement.FileRow.class).sheet(text("hardship.list.title", locale))
                .column("hardship.fileNo", HardshipManagement.FileRow::fileNo)
                .column("hardship.member", HardshipManagement.FileRow::memberName)
                .column("hardship.org", r -> orgDirectory.nameOf(r.orgId()))
                .column("hardship.status", r -> text("hardship.status." + r.status(), locale))
                .column("hardship.grade", r -> r.grade() == null ? null : text("hardship.grade." + r.grade(), locale))
                .column("hardship.causes", r -> String.join("、", r.causes().stream()
                        .map(c -> text("hardship.cause." + c, locale)).toList()))
                .column("hardship.idNumber", HardshipManagement.FileRow::idNumber)
                .column("hardship.phone", HardshipManagement.FileRow::phone)
                .column("hardship.householdSize", HardshipManagement.FileRow::householdSize)
                .column("hardship.income", HardshipManagement.FileRow::income)
                .column("hardship.eligibility", r -> text(r.belowLine() ? "hardship.eligibility.below"
                        : "hardship.eligibility.above", locale))
                .column("hardship.appliedAt", HardshipManagement.FileRow::appliedAt)
                .column("hardship.approvedAt", HardshipManagement.FileRow::approvedAt)
                .send(response, text("hardship.export.filesName", locale) + ".xlsx", rows, messages, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
