package org.workershome.core.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.workershome.core.db.Paging;

/** The audit log for clients: {@code GET /api/v1/audit-log?target=<id>} and the page's other filters. */
@RestController
@PreAuthorize("hasAuthority('core:audit:read')")
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

    AuditLogApi(AuditLog log) {
        this.log = log;
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
