package org.workershome.core.scope;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.workershome.core.cache.NodeCaches;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** Org id → materialised path, cached because every scoped query asks. Moves call {@link #evictAll()}. */
@Component
public class OrgPaths {

    private final JdbcTemplate jdbc;
    private final Cache<Long, String> cache = Caffeine.newBuilder()
            .maximumSize(50_000).expireAfterWrite(10, TimeUnit.MINUTES).build();

    private final NodeCaches caches;

    OrgPaths(JdbcTemplate jdbc, NodeCaches caches) {
        this.jdbc = jdbc;
        this.caches = caches;
        caches.register("org-paths", cache::invalidateAll);
    }

    public Optional<String> pathOf(Long orgId) {
        if (orgId == null) {
            return Optional.empty();
        }
        String cached = cache.getIfPresent(orgId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<String> path = jdbc.queryForList("select path from org where id = ?", String.class, orgId)
                .stream().findFirst();
        path.ifPresent(p -> cache.put(orgId, p));
        return path;
    }

    public void evictAll() {
        caches.changed("org-paths");
    }
}
