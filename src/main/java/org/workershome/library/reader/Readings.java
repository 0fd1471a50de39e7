package org.workershome.library.reader;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Always asked with the signed-in account's id. */
interface Readings extends JpaRepository<Reading, Long> {

    Optional<Reading> findByAccountIdAndBookId(Long accountId, Long bookId);

    List<Reading> findTop10ByAccountIdOrderByUpdatedAtDesc(Long accountId);
}
