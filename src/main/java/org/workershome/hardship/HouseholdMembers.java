package org.workershome.hardship;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HouseholdMembers extends JpaRepository<HouseholdMember, Long> {

    List<HouseholdMember> findByFileIdOrderById(Long fileId);
}
