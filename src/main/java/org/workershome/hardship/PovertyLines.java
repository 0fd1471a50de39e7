package org.workershome.hardship;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PovertyLines extends JpaRepository<PovertyLine, String> {

    List<PovertyLine> findAllByOrderByRegionCode();
}
