package org.workershome.library.reader;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Always asked with the signed-in account's id. */
interface Bookmarks extends JpaRepository<Bookmark, Long> {

    List<Bookmark> findByAccountIdAndBookIdOrderByPartAscProgressAsc(Long accountId, Long bookId);

    Optional<Bookmark> findByIdAndAccountId(Long id, Long accountId);

    long countByAccountIdAndBookId(Long accountId, Long bookId);
}
