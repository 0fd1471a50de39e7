package org.workershome.core.member;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a feature may know of any member without reading the member record: the name it shows next to a record
 * that is in the reader's scope (a motion's proposer, an appeal's worker, a household's householder), the org the
 * member belongs to, and head counts. No ID number, phone or other personal data leaves through here; those stay
 * behind {@link MemberManagement}, scoped and audited. Features use this instead of the {@code Members} repository
 * under {@code Scopes.asSystem}.
 */
@Component
@org.springframework.modulith.NamedInterface("member")
public class MemberDirectory {

    public record MemberSummary(Long id, String name, Long orgId, boolean active) {}

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    MemberDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    public Optional<MemberSummary> find(Long memberId) {
        if (memberId == null) {
            return Optional.empty();
        }
        return jdbc.query("select id, name, org_id, status from member where id = ?", (rs, n) -> new MemberSummary(
                rs.getLong("id"), rs.getString("name"), rs.getLong("org_id"), "ACTIVE".equals(rs.getString("status"))),
                memberId).stream().findFirst();
    }

    public Optional<String> nameOf(Long memberId) {
        return find(memberId).map(MemberSummary::name);
    }

    public Map<Long, String> namesOf(Collection<Long> memberIds) {
        Map<Long, String> names = new HashMap<>();
        if (memberIds.isEmpty()) {
            return names;
        }
        named.query("select id, name from member where id in (:ids)", Map.of("ids", List.copyOf(memberIds)),
                rs -> { names.put(rs.getLong("id"), rs.getString("name")); });
        return names;
    }

    /** Active members of the org and every org below it (a notice's audience, a quorum's base). */
    public long countActiveInSubtree(Long orgId) {
        Long count = jdbc.queryForObject("""
                select count(*) from member m join org o on o.id = m.org_id
                where m.status = 'ACTIVE' and o.path like (select path from org where id = ?) || '%'""", Long.class, orgId);
        return count == null ? 0 : count;
    }

    /** The active members of the org and every org below it, by org and name: a roster's candidates, a notice's unread. */
    public List<MemberSummary> activeInSubtree(Long orgId) {
        return jdbc.query("""
                select m.id, m.name, m.org_id from member m join org o on o.id = m.org_id
                where m.status = 'ACTIVE' and o.path like (select path from org where id = ?) || '%'
                order by m.org_id, m.name, m.id""",
                (rs, n) -> new MemberSummary(rs.getLong("id"), rs.getString("name"), rs.getLong("org_id"), true), orgId);
    }

    /** The member's occupation (job title) as registered, for eligibility rules; not personal data. */
    public Optional<String> occupationOf(Long memberId) {
        if (memberId == null) {
            return Optional.empty();
        }
        return jdbc.queryForList("select job from member where id = ?", String.class, memberId).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }
}
