package org.workershome.suggestions.craftsman;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Objections extends JpaRepository<Objection, Long> {

    List<Objection> findByCraftsmanIdOrderByRaisedAt(Long craftsmanId);

    long countByCraftsmanIdAndStatus(Long craftsmanId, Objection.Status status);
}
