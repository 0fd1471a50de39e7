package org.workershome.relations;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScreeningTemplates extends JpaRepository<ScreeningTemplate, Long> {

    List<ScreeningTemplate> findAllByOrderById();

    List<ScreeningTemplate> findByActiveTrueOrderById();
}
