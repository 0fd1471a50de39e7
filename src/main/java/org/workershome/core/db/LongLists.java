package org.workershome.core.db;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaRoot;
import org.hibernate.query.criteria.JpaSubQuery;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Component;

/**
 * Lists that can be long (a province's 200,000 members, a queue of 40,000 appeals), read so that the cost does not
 * grow with the scope:
 * <ul>
 * <li>{@link #page}: the page's rows with offset and limit, and a count that stops at {@link #CAP}
 * ({@code select count(*) from (select id … fetch first CAP + 1 rows)}); pages past the cap are not offered —
 * filters narrow the list instead;</li>
 * <li>{@link #inChunks}: every row for an export, from a database cursor in chunks, the persistence context
 * cleared after each, so memory holds one chunk whatever the number of rows.</li>
 * </ul>
 * Runs through the caller's entity manager: the data-scope filters apply as to any query.
 */
@Component
public class LongLists {

    public static final int CAP = 10_000;

    private final EntityManager entityManager;

    LongLists(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Page {@code page} (held to 0 … the last page under the cap) of {@code size} rows. */
    public <T> CappedPage<T> page(Class<T> type, Specification<T> spec, int page, int size, Sort sort) {
        long total = count(type, spec, CAP);
        boolean capped = total > CAP;
        long shown = Math.min(total, CAP);
        int last = (int) Math.max(0, (shown - 1) / size);
        int number = Math.min(Math.max(page, 0), last);
        List<T> rows = total == 0 ? List.of() : rows(type, spec, number * size, size, sort);
        return new CappedPage<>(rows, number, size, shown, capped);
    }

    /** How many rows match, counted up to {@code cap + 1}: more than {@code cap} means "cap+". */
    public <T> long count(Class<T> type, Specification<T> spec, int cap) {
        HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) entityManager.getCriteriaBuilder();
        JpaCriteriaQuery<Long> query = cb.createQuery(Long.class);
        JpaSubQuery<Object> ids = query.subquery(Object.class);
        JpaRoot<T> root = ids.from(type);
        Predicate where = spec.toPredicate(root, query, cb);
        ids.multiselect(root.get("id").alias("id"));   // a derived table needs its columns named
        if (where != null) {
            ids.where(where);
        }
        ids.fetch(cap + 1);
        query.from(ids);
        query.select(cb.count(cb.literal(1)));
        return entityManager.createQuery(query).getSingleResult();
    }

    /**
     * Hands every matching row (up to {@code max}) in {@code sort} order to {@code chunks}, {@code chunkSize} at a
     * time, and returns how many there were. Must run in a transaction: PostgreSQL's driver uses a cursor only
     * then, and the chunk's entities are detached after the consumer returned (do not keep them).
     */
    public <T> long inChunks(Class<T> type, Specification<T> spec, Sort sort, int max, int chunkSize,
            Consumer<List<T>> chunks) {
        long n = 0;
        List<T> chunk = new ArrayList<>(chunkSize);
        try (Stream<T> rows = query(type, spec, sort).setMaxResults(max)
                .setHint("org.hibernate.fetchSize", chunkSize).setHint("org.hibernate.readOnly", true)
                .getResultStream()) {
            for (var it = rows.iterator(); it.hasNext(); ) {
                chunk.add(it.next());
                if (chunk.size() == chunkSize) {
                    n += hand(chunk, chunks);
                }
            }
        }
        return n + (chunk.isEmpty() ? 0 : hand(chunk, chunks));
    }

    private <T> int hand(List<T> chunk, Consumer<List<T>> chunks) {
        int size = chunk.size();
        chunks.accept(List.copyOf(chunk));
        chunk.clear();
        entityManager.clear();
        return size;
    }

    private <T> List<T> rows(Class<T> type, Specification<T> spec, int offset, int size, Sort sort) {
        return query(type, spec, sort).setFirstResult(offset).setMaxResults(size).getResultList();
    }

    private <T> jakarta.persistence.TypedQuery<T> query(Class<T> type, Specification<T> spec, Sort sort) {
        var cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> root = query.from(type);
        Predicate where = spec.toPredicate(root, query, cb);
        if (where != null) {
            query.where(where);
        }
        query.select(root).orderBy(QueryUtils.toOrders(sort, root, cb));
        return entityManager.createQuery(query);
    }
}
