package org.workershome.appeals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.PageRequest;
import org.workershome.core.db.CappedPage;
import org.workershome.core.db.LongLists;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.org.Org;
import org.workershome.core.scope.OrgPaths;

/** The handlers' queue: appeals in the caller's scope, filtered; also what the Excel export writes. */
@Service
class AppealQueue {

    /** Nearest deadline first (none last), then newest; index {@code appeal_queue_ix} has this order. */
    private static final Sort QUEUE_ORDER = Sort.by(Sort.Order.asc("dueAt").nullsLast(), Sort.Order.desc("submittedAt"));

    private final Appeals appeals;
    private final OrgPaths orgPaths;
    private final Clock clock;
    private final LongLists longLists;

    AppealQueue(Appeals appeals, OrgPaths orgPaths, Clock clock, LongLists longLists) {
        this.longLists = longLists;
        this.appeals = appeals;
        this.orgPaths = orgPaths;
        this.clock = clock;
    }

    /** Filters of the queue; all optional. {@code orgId} includes the org's whole subtree. */
    record Filter(AppealStatus status, String category, AppealChannel channel, Long orgId, Boolean overdue,
            Boolean supervised, Boolean open) {

        static Filter none() {
            return new Filter(null, null, null, null, null, null, null);
        }
    }

    /** A page of the queue; the count stops at {@link LongLists#CAP} ("10,000+"), however large the scope. */
    @Transactional(readOnly = true)
    CappedPage<Appeal> page(Filter filter, int page, int size) {
        return longLists.page(Appeal.class, spec(filter), page, size, QUEUE_ORDER);
    }

    @Transactional(readOnly = true)
    List<Appeal> all(Filter filter, int limit) {
        return appeals.findAll(spec(filter), PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "submittedAt"))).getContent();
    }

    private Specification<Appeal> spec(Filter f) {
        var now = clock.instant();
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.category() != null && !f.category().isBlank()) {
                where.add(cb.equal(root.get("category"), f.category()));
            }
            if (f.channel() != null) {
                where.add(cb.equal(root.get("channel"), f.channel()));
            }
            if (f.orgId() != null) {
                String path = orgPaths.pathOf(f.orgId()).orElse("-none-");
                Subquery<Long> subtree = query.subquery(Long.class);
                var org = subtree.from(Org.class);
                subtree.select(org.get("id")).where(cb.like(org.get("path"), path + "%"));
                where.add(root.get("orgId").in(subtree));
            }
            if (Boolean.TRUE.equals(f.overdue())) {
                where.add(cb.lessThan(root.get("dueAt"), now));
            }
            if (Boolean.TRUE.equals(f.supervised())) {
                where.add(cb.greaterThan(root.get("escalationLevel"), 0));
            }
            if (Boolean.TRUE.equals(f.open())) {
                where.add(root.get("status").in(AppealStatus.SUBMITTED, AppealStatus.ACCEPTED, AppealStatus.IN_PROGRESS));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
