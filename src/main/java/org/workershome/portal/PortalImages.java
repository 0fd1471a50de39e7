package org.workershome.portal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PortalImages extends JpaRepository<PortalImage, Long> {
}
