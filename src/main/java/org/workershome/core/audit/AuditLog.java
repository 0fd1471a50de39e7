package org.workershome.core.audit;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.repository.Repository;
import org.workershome.core.time.Times;

/**
 * Reads the audit log. Deliberately a bare {@link Repository} with finders only: the application has no way
 * to change or remove an entry ({@link AuditTrail} only inserts; on PostgreSQL a trigger refuses the rest).
 */
public interface AuditLog extends Repository<AuditEntry, Long> {

    /** Served by Spring Data's base implementation; declared here so that nothing else of it is exposed. */
    Page<AuditEntry> findAll(Specification<AuditEntry> specification, Pageable pageable);

    /** Entries matching the filter, in the order and page that {@code pageable} asks for. */
    default Page<AuditEntry> search(AuditFilter filter, Pageable pageable) {
        return findAll(matching(filter), pageable);
    }

    static Specification<AuditEntry> matching(AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.username() != null) {
                where.add(cb.like(root.get("username"), prefix(filter.username()), '\\'));
            }
            if (filter.action() != null) {
                where.add(cb.like(root.get("action"), prefix(filter.action().toUpperCase()), '\\'));
            }
            if (filter.targetType() != null) {
                where.add(cb.equal(root.get("targetType"), filter.targetType()));
            }
            if (filter.targetId() != null) {
                where.add(cb.equal(root.get("targetId"), filter.targetId()));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"),
                        filter.from().atStartOfDay(Times.ZONE).toInstant()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("occurredAt"),
                        filter.to().plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(Times.ZONE).toInstant()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String prefix(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
