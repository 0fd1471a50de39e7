package org.workershome.library.book;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;

/**
 * The catalogue's search: Chinese full text (smartcn words) over title, author, description, tags and the book's
 * own text, narrowed to the orgs whose books the reader sees ({@link BookShelf.Visibility}) and to the chosen
 * category, author and year, with the counts of each (facets). An empty query lists the reader's books newest
 * first, with the same facets.
 */
@Service
public class BookSearch {

    private static final AggregationKey<Map<BookCategory, Long>> CATEGORIES = AggregationKey.of("category");
    private static final AggregationKey<Map<String, Long>> AUTHORS = AggregationKey.of("author");
    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("year");

    /** What the reader asked: words and the chosen facets (null = any). */
    public record Query(String words, BookCategory category, String author, Integer year, int page) {
        public Query {
            words = words == null ? "" : words.strip();
            author = author == null || author.isBlank() ? null : author.strip();
            page = Math.max(0, page);
        }
    }

    public record Results(Query query, List<Book> books, long total, int pages, Map<BookCategory, Long> categories,
            Map<String, Long> authors, Map<Integer, Long> years) {
        public boolean hasPrevious() { return query.page() > 0; }
        public boolean hasNext() { return query.page() + 1 < pages; }
    }

    @PersistenceContext
    private EntityManager entityManager;
    private final BookShelf shelf;

    BookSearch(BookShelf shelf) {
        this.shelf = shelf;
    }

    @Transactional(readOnly = true)
    public Results search(CurrentUser user, Query q, int pageSize) {
        BookShelf.Visibility visibility = shelf.visibilityOf(user);
        if (!visibility.all() && visibility.orgIds().isEmpty()) {
            return new Results(q, List.of(), 0, 0, Map.of(), Map.of(), Map.of());
        }
        SearchResult<Long> result = Search.session(entityManager).search(Book.class)
                .select(f -> f.id(Long.class))
                .where(f -> {
                    var bool = f.bool();
                    if (q.words().isEmpty()) {
                        bool.must(f.matchAll());
                    } else {
                        bool.must(f.simpleQueryString().field("title").boost(4f).field("author").boost(2f)
                                .field("tags").boost(2f).field("description").field("bodyText")
                                .matching(q.words()).defaultOperator(BooleanOperator.AND));
                    }
                    if (!visibility.all()) {
                        bool.filter(f.terms().field("orgId").matchingAny(visibility.orgIds()));
                    }
                    if (q.category() != null) {
                        bool.filter(f.match().field("category").matching(q.category()));
                    }
                    if (q.author() != null) {
                        bool.filter(f.match().field("authorFacet").matching(q.author()));
                    }
                    if (q.year() != null) {
                        bool.filter(f.match().field("publishedYear").matching(q.year()));
                    }
                    return bool;
                })
                .aggregation(CATEGORIES, f -> f.terms().field("category", BookCategory.class))
                .aggregation(AUTHORS, f -> f.terms().field("authorFacet", String.class).maxTermCount(10))
                .aggregation(YEARS, f -> f.terms().field("publishedYear", Integer.class).maxTermCount(10))
                .sort(f -> q.words().isEmpty() ? f.field("createdAt").desc() : f.score())
                .fetch(q.page() * pageSize, pageSize);
        long total = result.total().hitCount();
        return new Results(q, shelf.byIds(user, result.hits()), total, (int) ((total + pageSize - 1) / pageSize),
                new LinkedHashMap<>(result.aggregation(CATEGORIES)), new LinkedHashMap<>(result.aggregation(AUTHORS)),
                new LinkedHashMap<>(result.aggregation(YEARS)));
    }
}
