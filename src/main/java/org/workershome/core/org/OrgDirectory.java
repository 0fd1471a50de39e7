package org.workershome.core.org;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Org names by id, for labels (headers, lists, exports). A name is not personal data and shows the
 * structure of the union, so labels are not scope-filtered; the records behind them are.
 */
@Component
public class OrgDirectory {

    private final JdbcTemplate jdbc;
    private final Cache<Long, String> names = Caffeine.newBuilder()
            .maximumSize(50_000).expireAfterWrite(1, TimeUnit.MINUTES).build();

    OrgDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String nameOf(Long orgId) {
        if (orgId == null) {
            return null;
        }
        return names.get(orgId, id -> jdbc.queryForList("select name from org where id = ?", String.class, id)
                .stream().findFirst().orElse(null));
    }

    public Map<Long, String> namesOf(java.util.Collection<Long> orgIds) {
        Map<Long, String> result = new java.util.HashMap<>();
        orgIds.forEach(id -> result.put(id, nameOf(id)));
        return result;
    }

    public void evict(Long orgId) {
        names.invalidate(orgId);
    }
}
