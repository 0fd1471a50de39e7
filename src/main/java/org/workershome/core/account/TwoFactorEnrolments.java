package org.workershome.core.account;

import org.springframework.data.jpa.repository.JpaRepository;

interface TwoFactorEnrolments extends JpaRepository<TwoFactorEnrolment, Long> {}
