package org.workershome.core.member;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Members; every query is limited to the caller's data scope by the scope filters. */
public interface Members extends JpaRepository<Member, Long>, JpaSpecificationExecutor<Member> {

    Optional<Member> findByIdNumberHash(String idNumberHash);

    boolean existsByIdNumberHash(String idNumberHash);

    @Query("select m.idNumberHash from Member m where m.idNumberHash in :hashes")
    java.util.List<String> findRegisteredHashes(@Param("hashes") java.util.Collection<String> hashes);

    long countByOrgIdAndStatus(Long orgId, MemberStatus status);

    @Query("select count(m) from Member m where m.orgId in (select o.id from Org o where o.path like concat(:path, '%'))")
    long countInSubtree(@Param("path") String path);
}
