package org.workershome.portal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Topics extends JpaRepository<Topic, Long> {

    List<Topic> findAllByOrderByPositionAsc();

    List<Topic> findByVisibleTrueOrderByPositionAsc();

    Optional<Topic> findBySlugAndVisibleTrue(String slug);

    Optional<Topic> findBySlug(String slug);

    Optional<Topic> findByTitle(String title);
}
