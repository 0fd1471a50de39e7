package org.workershome.core.db;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The page a list request asks for, made safe: page numbers below 0 become 0, sizes are held to 1…{@code maxSize},
 * and a page so far out that its row offset would not fit an int (JPA's {@code setFirstResult}, a 500 otherwise)
 * becomes the last page that does fit, which is simply empty.
 */
public final class Paging {

    private Paging() {}

    public static PageRequest of(int page, int size, int maxSize, Sort sort) {
        int rows = Math.min(Math.max(size, 1), maxSize);
        return PageRequest.of(Math.min(Math.max(page, 0), Integer.MAX_VALUE / rows - 1), rows, sort);
    }

    public static PageRequest of(int page, int size, Sort sort) {
        return of(page, size, size, sort);
    }
}
