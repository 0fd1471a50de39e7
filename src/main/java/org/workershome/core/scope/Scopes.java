package org.workershome.core.scope;

import org.workershome.core.error.OutOfScope;
import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place that turns "who is asking" into an {@link OrgScope}. Hibernate filters on every
 * {@link ScopedEntity} read it (so no query can forget it) and {@link ScopeGuard} checks writes with it.
 * Without a signed-in account nothing is visible, unless code runs explicitly {@link #asSystem as the system}
 * (scheduled jobs, sign-in, seeding).
 */
@Component
public class Scopes {

    private static final ThreadLocal<Boolean> SYSTEM = ThreadLocal.withInitial(() -> false);

    private final OrgPaths orgPaths;

    Scopes(OrgPaths orgPaths) {
        this.orgPaths = orgPaths;
    }

    public OrgScope current() {
        if (SYSTEM.get()) {
            return OrgScope.ALL;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof ScopedPrincipal principal)) {
            return OrgScope.NONE;
        }
        return of(principal);
    }

    public OrgScope of(ScopedPrincipal principal) {
        if (principal.dataScope() == DataScope.ALL) {
            return OrgScope.ALL;
        }
        String path = orgPaths.pathOf(principal.orgId()).orElse(null);
        if (path == null) {
            return OrgScope.NONE;
        }
        return switch (principal.dataScope()) {
            case ALL -> OrgScope.ALL;
            case ORG_AND_SUBTREE -> new OrgScope(path + "%", 0);
            case ORG -> new OrgScope(path, 0);
            // Records about oneself follow the member wherever they are handled (a transferred appeal, a
            // member who moved): for SELF the member condition alone decides, not the org.
            case SELF -> new OrgScope("%", principal.memberId() == null ? -1 : principal.memberId());
        };
    }

    /** True if the current scope may write a record of this org (and, for SELF, about this member). */
    public boolean canWrite(Long orgId, Long ownerMemberId) {
        OrgScope scope = current();
        if (scope.isAll()) {
            return true;
        }
        return orgPaths.pathOf(orgId).map(scope::includesPath).orElse(false) && scope.includesMember(ownerMemberId);
    }

    public void checkWritable(Long orgId, Long ownerMemberId) {
        if (!canWrite(orgId, ownerMemberId)) {
            throw new OutOfScope();
        }
    }

    /** Runs work with every record visible: for jobs and bootstrapping, never on behalf of a request's user. */
    public static <T> T asSystem(Supplier<T> work) {
        boolean before = SYSTEM.get();
        SYSTEM.set(true);
        try {
            return work.get();
        } finally {
            SYSTEM.set(before);
        }
    }

    public static void asSystem(Runnable work) {
        asSystem(() -> {
            work.run();
            return null;
        });
    }
}
