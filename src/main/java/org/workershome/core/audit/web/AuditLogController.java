package org.workershome.core.audit.web;

import org.workershome.core.audit.AuditEntry;
import org.workershome.core.audit.AuditFilter;
import org.workershome.core.audit.AuditLog;
import org.workershome.core.audit.AuditSeals;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.workershome.core.account.Permissions;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.Access;
import java.time.Duration;
import java.time.ZonedDateTime;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.workershome.core.time.Times;
import org.workershome.core.db.Paging;

/** The audit log for auditors: filters, newest first, paged; htmx swaps only the rows. */
@Controller
class AuditLogController {

    static final String VIEW = "audit/list";
    static final int PAGE_SIZE = 50;
    static final Duration CHAIN_GRACE = Duration.ofMinutes(5);

    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    record Row(ZonedDateTime at, String username, String ip, String action, String targetType, String targetId,
            Long orgId, String detail) {

        static Row of(AuditEntry entry) {
            return new Row(entry.getOccurredAt().atZone(Times.ZONE), entry.getUsername(), entry.getIp(),
                    entry.getAction(), entry.getTargetType(), entry.getTargetId(), entry.getOrgId(), entry.getDetail());
        }
    }

    private final AuditLog log;

    private final Access access;

    private final AuditSeals seals;

    AuditLogController(AuditLog log, Access access, AuditSeals seals) {
        this.seals = seals;
        this.access = access;
        this.log = log;
    }

    /** Every request of this controller needs AUDIT_READ. */
    @ModelAttribute
    void requirePermission(@AuthenticationPrincipal CurrentUser user) {
        access.require(user, Permissions.AUDIT_READ);
    }

    /** Unparseable filter fields (a bad date) are ignored rather than failing the page. */
    @GetMapping("/audit-log")
    @Transactional(readOnly = true)
    String list(@ModelAttribute("filter") AuditFilter filter, BindingResult ignored,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Page<Row> rows = log.search(filter, Paging.of(page, PAGE_SIZE, NEWEST_FIRST)).map(Row::of);
        model.addAttribute("rows", rows);
        return htmx != null ? VIEW + " :: rows" : VIEW;
    }

    /** Recomputes the whole hash chain on demand (it reads every entry, so not on the list page). */
    @GetMapping("/audit-log/chain")
    String chain(Model model) {
        model.addAttribute("verdict", seals.verify(CHAIN_GRACE));
        return "audit/chain";
    }
}
