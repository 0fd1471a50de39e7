package org.workershome.core.member;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberTransfers extends JpaRepository<MemberTransfer, Long> {

    List<MemberTransfer> findByMemberIdOrderByTransferredAtDesc(Long memberId);
}
