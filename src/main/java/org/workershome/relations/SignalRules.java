package org.workershome.relations;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SignalRules extends JpaRepository<SignalRule, Long> {

    List<SignalRule> findAllByOrderById();
}
