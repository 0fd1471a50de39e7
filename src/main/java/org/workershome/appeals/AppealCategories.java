package org.workershome.appeals;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppealCategories extends JpaRepository<AppealCategory, String> {

    List<AppealCategory> findByActiveTrueOrderBySortOrder();
}
