package org.workershome.core.audit.web;

import org.workershome.core.audit.AuditEntry;
import org.workershome.core.audit.AuditFilter;
import org.workershome.core.audit.AuditLog;

import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.workershome.core.account.Permissions;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.Access;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.workershome.core.db.Paging;

/** The audit log for clients: {@code GET /api/v1/audit-log?target=<id>} and the page's other filters. */
@RestController
class AuditLogApi {

    static final int MAX_SIZE = 200;

    record Item(Instant at, String username, String ip, String action, String targetType, String targetId,
            Long orgId, String detail) {

        static Item of(AuditEntry e) {
            return new Item(e.getOccurredAt(), e.getUsername(), e.getIp(), e.getAction(), e.getTargetType(),
                    e.getTargetId(), e.getOrgId(), e.getDetail());
        }
    }

    record ItemPage(List<Item> items, int page, int size, long totalElements, int totalPages) {}

    private final AuditLog log;

    private final Access access;

    AuditLogApi(AuditLog log, Access access) {
        this.access = access;
        this.log = log;
    }

    /** Every request of this controller needs AUDIT_READ. */
    @ModelAttribute
    void requirePermission(@AuthenticationPrincipal CurrentUser user) {
        access.require(user, Permissions.AUDIT_READ);
    }

    @GetMapping("/api/v1/audit-log")
    @Transactional(readOnly = true)
    ItemPage search(@RequestParam(required = false) String target,
            @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        AuditFilter filter = new AuditFilter(username, action, targetType, target, from, to);
        Page<AuditEntry> found = log.search(filter,
                Paging.of(page, size, MAX_SIZE, AuditLogController.NEWEST_FIRST));
        return new ItemPage(found.map(Item::of).getContent(), found.getNumber(), found.getSize(),
                found.getTotalElements(), found.getTotalPages());
    }
}
