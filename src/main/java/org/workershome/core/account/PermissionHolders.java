package org.workershome.core.account;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who is to act for an org: the enabled accounts of that org whose roles hold a permission and whose data scope
 * reaches beyond themselves — the people to notify of a new appeal, the cadres who may approve a file. Asks by
 * permission, never by role, so an administrator who may handle appeals is told like a cadre.
 */
@Component
@org.springframework.modulith.NamedInterface("account")
public class PermissionHolders {

    private final NamedParameterJdbcTemplate jdbc;
    private final RolePermissions rolePermissions;

    PermissionHolders(NamedParameterJdbcTemplate jdbc, RolePermissions rolePermissions) {
        this.jdbc = jdbc;
        this.rolePermissions = rolePermissions;
    }

    /** Account ids of the org's enabled accounts holding the permission, in id order. */
    public List<Long> of(String permission, Long orgId) {
        List<String> roles = rolesGranting(permission);
        if (orgId == null || roles.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("""
                select distinct a.id from account a join account_role r on r.account_id = a.id
                where a.org_id = :org and a.enabled = true and a.data_scope <> 'SELF' and r.role in (:roles)
                order by a.id""", Map.of("org", orgId, "roles", roles), Long.class);
    }

    /** Whether this account holds the permission, by its roles (for a check on someone other than the caller). */
    public boolean holds(Long accountId, String permission) {
        List<String> roles = rolesGranting(permission);
        return !roles.isEmpty() && !jdbc.queryForList("""
                select a.id from account a join account_role r on r.account_id = a.id
                where a.id = :id and a.enabled = true and r.role in (:roles)""",
                Map.of("id", accountId, "roles", roles), Long.class).isEmpty();
    }

    /** The account a member signs in with, if any. */
    public Optional<Long> accountOfMember(Long memberId) {
        if (memberId == null) {
            return Optional.empty();
        }
        return jdbc.queryForList("select id from account where member_id = :m and enabled = true",
                Map.of("m", memberId), Long.class).stream().findFirst();
    }

    private List<String> rolesGranting(String permission) {
        return java.util.Arrays.stream(Role.values()).filter(r -> rolePermissions.of(r).contains(permission))
                .map(Role::name).toList();
    }

    /** A holder of a permission as others may know him: his org and the name shown (e.g. a paired cadre). */
    public record Holder(Long accountId, Long orgId, String name) {}

    /** The account, if it is enabled and holds the permission. */
    public Optional<Holder> holder(Long accountId, String permission) {
        if (accountId == null || !holds(accountId, permission)) {
            return Optional.empty();
        }
        return jdbc.query("select id, org_id, display_name from account where id = :id", Map.of("id", accountId),
                (rs, n) -> new Holder(rs.getLong("id"), rs.getLong("org_id"), rs.getString("display_name")))
                .stream().findFirst();
    }

    /** Every enabled account holding the permission, wherever it belongs (e.g. the judges a competition may appoint). */
    public List<Holder> anywhere(String permission) {
        List<String> roles = rolesGranting(permission);
        if (roles.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select distinct a.id, a.org_id, a.display_name from account a join account_role r on r.account_id = a.id
                where a.enabled = true and r.role in (:roles) order by a.display_name, a.id""", Map.of("roles", roles),
                (rs, n) -> new Holder(rs.getLong("id"), rs.getLong("org_id"), rs.getString("display_name")));
    }

    /** The member an account signs in as, if it is a member's account. */
    public Optional<Long> memberOfAccount(Long accountId) {
        if (accountId == null) {
            return Optional.empty();
        }
        return jdbc.queryForList("select member_id from account where id = :id and member_id is not null",
                Map.of("id", accountId), Long.class).stream().findFirst();
    }
}
