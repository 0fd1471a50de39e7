package org.workershome.core.org;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The org tree. Every query here is limited to the caller's scope by the org filter. */
public interface Orgs extends JpaRepository<Org, Long> {

    List<Org> findAllByOrderByPath();

    @Query("select o from Org o where o.path like concat(:path, '%') order by o.path")
    List<Org> findSubtree(@Param("path") String path);

    List<Org> findByParentIdOrderByName(Long parentId);

    Optional<Org> findByParentIdIsNull();

    long countByParentIdAndStatus(Long parentId, OrgStatus status);

    /** Active members registered directly in this org (a JPQL count: no dependency on the member package). */
    @Query("select count(m) from Member m where m.orgId = :orgId and m.status = org.workershome.core.member.MemberStatus.ACTIVE")
    long countActiveMembers(@Param("orgId") Long orgId);

    /** Active members per org id, for the orgs (and members) in the caller's scope. */
    @Query("select m.orgId, count(m) from Member m where m.status = org.workershome.core.member.MemberStatus.ACTIVE group by m.orgId")
    List<Object[]> countActiveMembersByOrg();

    /** Moves a subtree: rewrites the path prefix and shifts the depth of every org under {@code oldPath}. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update Org o set o.path = concat(:newPath, substring(o.path, :oldLength + 1)),
                             o.depth = o.depth + :depthShift, o.version = o.version + 1
            where o.path like concat(:oldPath, '%')""")
    int movePaths(@Param("oldPath") String oldPath, @Param("oldLength") int oldLength,
            @Param("newPath") String newPath, @Param("depthShift") int depthShift);
}
