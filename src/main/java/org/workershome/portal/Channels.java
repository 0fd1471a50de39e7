package org.workershome.portal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Channels extends JpaRepository<Channel, Long> {

    List<Channel> findAllByOrderByPositionAsc();

    List<Channel> findByVisibleTrueOrderByPositionAsc();

    Optional<Channel> findBySlug(String slug);

    Optional<Channel> findByName(String name);
}
