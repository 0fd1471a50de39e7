package org.workershome.hardship;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Funds extends JpaRepository<Fund, Long> {

    Optional<Fund> findByOrgIdAndFundYear(Long orgId, int fundYear);

    List<Fund> findAllByOrderByFundYearDescOrgIdAsc();

    /**
     * Takes {@code amount} from the fund if, and only if, that leaves it at zero or more: one statement, so two
     * concurrent payments cannot both pass the check (the second waits for the first's row lock and re-checks).
     * Answers 1 when the money was taken, 0 when the balance is too low.
     */
    @Modifying(flushAutomatically = true)
    @Query("update Fund f set f.balance = f.balance - :amount where f.id = :id and f.balance >= :amount")
    int debit(@Param("id") Long id, @Param("amount") BigDecimal amount);

    @Modifying(flushAutomatically = true)
    @Query("update Fund f set f.balance = f.balance + :amount where f.id = :id")
    int credit(@Param("id") Long id, @Param("amount") BigDecimal amount);

    /** The balance as stored now (a scalar query, not the persistence context's copy). */
    @Query("select f.balance from Fund f where f.id = :id")
    BigDecimal balanceOf(@Param("id") Long id);
}
