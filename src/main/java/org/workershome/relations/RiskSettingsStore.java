package org.workershome.relations;

import org.springframework.data.jpa.repository.JpaRepository;

interface RiskSettingsStore extends JpaRepository<RiskSettings, Long> {
}
