package org.workershome.library.book;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Scoped like every ScopedEntity: what a librarian manages. Readers go through {@link BookShelf}. */
interface Books extends JpaRepository<Book, Long> {

    Optional<Book> findBySha256(String sha256);

    List<Book> findByOrgIdInOrderByCreatedAtDesc(Collection<Long> orgIds, Pageable page);

    List<Book> findAllByOrderByCreatedAtDesc(Pageable page);

    List<Book> findByIdIn(Collection<Long> ids);
}
