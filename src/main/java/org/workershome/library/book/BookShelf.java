package org.workershome.library.book;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.NotFound;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.scope.DataScope;
import org.workershome.core.scope.OrgScope;
import org.workershome.core.scope.Scopes;

/**
 * The books a reader may read. A book is owned by an org and is read by that org's whole subtree: a worker at
 * 玛多县气象站 reads the station's, 青海's and the national union's books, never 黑龙江's. Someone who manages
 * records of orgs (a librarian, a cadre) also sees the books of the orgs in their data scope. That is a look
 * <em>up</em> the tree, which the scope filter (a look down) cannot express, so the rows are read as the system
 * and this class applies the rule itself, to every read: it is one of the reviewed cross-scope readers
 * (PlatformRulesTest). A book outside the rule "does not exist" (404).
 */
@Service
public class BookShelf {

    /** The orgs whose books a reader sees; {@code all} for an account whose scope is the whole union. */
    public record Visibility(boolean all, Set<Long> orgIds) {
        public boolean sees(Long orgId) {
            return all || orgIds.contains(orgId);
        }
    }

    private final Books books;
    private final OrgDirectory orgs;
    private final Scopes scopes;

    BookShelf(Books books, OrgDirectory orgs, Scopes scopes) {
        this.books = books;
        this.orgs = orgs;
        this.scopes = scopes;
    }

    public Visibility visibilityOf(CurrentUser user) {
        if (user == null) {
            return new Visibility(false, Set.of());
        }
        OrgScope scope = scopes.of(user);
        if (scope.isAll()) {
            return new Visibility(true, Set.of());
        }
        Set<Long> ids = new HashSet<>();
        orgs.selfAndAncestors(user.orgId()).forEach(o -> ids.add(o.id()));
        if (user.dataScope() == DataScope.ORG_AND_SUBTREE) {
            Deque<Long> below = new ArrayDeque<>(List.of(user.orgId()));
            while (!below.isEmpty()) {
                for (OrgDirectory.OrgSummary child : orgs.childrenOf(below.pop())) {
                    if (ids.add(child.id())) {
                        below.push(child.id());
                    }
                }
            }
        }
        return new Visibility(false, Set.copyOf(ids));
    }

    /** The org and every active org below it, in tree order: where a librarian may put a book. */
    public List<OrgDirectory.OrgSummary> selfAndBelow(Long orgId) {
        List<OrgDirectory.OrgSummary> result = new java.util.ArrayList<>();
        orgs.find(orgId).ifPresent(o -> collect(o, result));
        return result;
    }

    private void collect(OrgDirectory.OrgSummary org, List<OrgDirectory.OrgSummary> into) {
        into.add(org);
        orgs.childrenOf(org.id()).forEach(child -> collect(child, into));
    }

    /** A book the user may read, or 404. */
    @Transactional(readOnly = true)
    public Book get(CurrentUser user, long id) {
        return find(user, id).orElseThrow(NotFound.of("book", id));
    }

    @Transactional(readOnly = true)
    public Optional<Book> find(CurrentUser user, long id) {
        Visibility visibility = visibilityOf(user);
        return Scopes.asSystem(() -> books.findById(id)).filter(b -> visibility.sees(b.getOrgId()));
    }

    /** The newest books the user may read. */
    @Transactional(readOnly = true)
    public List<Book> newest(CurrentUser user, int page, int size) {
        Visibility visibility = visibilityOf(user);
        PageRequest request = PageRequest.of(Math.max(0, page), size);
        return Scopes.asSystem(() -> visibility.all() ? books.findAllByOrderByCreatedAtDesc(request)
                : books.findByOrgIdInOrderByCreatedAtDesc(visibility.orgIds(), request));
    }

    /** The given books (from a search) that the user may read, in the order of the ids. */
    @Transactional(readOnly = true)
    public List<Book> byIds(CurrentUser user, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Visibility visibility = visibilityOf(user);
        var found = Scopes.asSystem(() -> books.findByIdIn(ids)).stream()
                .filter(b -> visibility.sees(b.getOrgId()))
                .collect(java.util.stream.Collectors.toMap(Book::getId, b -> b));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The book already holding a file with this hash, wherever it is: the library keeps one copy of a file, so a
     * second upload is refused even when the first is in another province (its title is named, nothing else).
     */
    @Transactional(readOnly = true)
    public Optional<Book> withHash(String sha256) {
        return Scopes.asSystem(() -> books.findBySha256(sha256));
    }
}
