package org.workershome.portal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PortalImages extends JpaRepository<PortalImage, Long> {

    List<PortalImage> findByArticleIdOrderByIdAsc(Long articleId);
}
