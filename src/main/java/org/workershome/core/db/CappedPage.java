package org.workershome.core.db;

import java.util.List;

/**
 * A page of a long list whose total is counted only up to a cap: past it the list says "10,000+" instead of
 * counting a whole province's members on every page (made by {@link LongLists}).
 *
 * @param number  the page, from 0
 * @param total   the rows found, at most the cap
 * @param capped  true when there are more rows than {@code total}; pages stop at the cap
 */
public record CappedPage<T>(List<T> content, int number, int size, long total, boolean capped) {

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return (long) (number + 1) * size < total;
    }

    /** Pages that can be opened (those up to the cap). */
    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean isEmpty() {
        return content.isEmpty();
    }
}
