package org.workershome.suggestions.craftsman;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.module.Achievement;
import org.workershome.core.module.AchievementSource;
import org.workershome.core.org.Industry;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.scope.Scopes;

/**
 * The talent pool (人才库): the holders of a title, union-wide — a craftsman's title is public once awarded, so the
 * pool, a holder's page and his titles as achievements are read across scopes (as the system, holders only).
 * Chinese full text (smartcn words) over name, skill and deeds; narrowed by title, industry and region (an org's
 * subtree).
 */
@Component
class TalentPool implements AchievementSource {

    record Query(String words, CraftsmanTitle title, Industry industry, Long regionOrgId, int page) {
        Query {
            words = words == null ? "" : words.strip();
            page = Math.max(0, page);
        }
    }

    record Results(Query query, List<Craftsman> craftsmen, long total) {}

    static final int PAGE = 20;

    @PersistenceContext
    private EntityManager entityManager;
    private final Craftsmen craftsmen;
    private final OrgDirectory orgs;

    TalentPool(Craftsmen craftsmen, OrgDirectory orgs) {
        this.craftsmen = craftsmen;
        this.orgs = orgs;
    }

    @Transactional(readOnly = true)
    Results search(Query q) {
        String region = q.regionOrgId() == null ? null
                : orgs.find(q.regionOrgId()).map(OrgDirectory.OrgSummary::path).orElse(null);
        SearchResult<Long> result = Search.session(entityManager).search(Craftsman.class)
                .select(f -> f.id(Long.class))
                .where(f -> {
                    var bool = f.bool();
                    bool.filter(f.terms().field("status").matchingAny(CraftsmanStatus.HOLDING));
                    if (q.words().isEmpty()) {
                        bool.must(f.matchAll());
                    } else {
                        bool.must(f.simpleQueryString().field("skill").boost(3f).field("name").boost(2f).field("deeds")
                                .matching(q.words()).defaultOperator(BooleanOperator.AND));
                    }
                    if (q.title() != null) {
                        bool.filter(f.match().field("title").matching(q.title()));
                    }
                    if (q.industry() != null) {
                        bool.filter(f.match().field("industry").matching(q.industry()));
                    }
                    if (region != null) {
                        bool.filter(f.wildcard().field("orgPath").matching(region + "*"));
                    }
                    return bool;
                })
                .sort(f -> q.words().isEmpty() ? f.field("nominatedAt").desc() : f.score())
                .fetch(q.page() * PAGE, PAGE);
        List<Long> ids = result.hits();
        Map<Long, Craftsman> found = Scopes.asSystem(() -> craftsmen.findAllById(ids)).stream()
                .filter(c -> c.getStatus().holding()).collect(Collectors.toMap(Craftsman::getId, Function.identity()));
        return new Results(q, ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList(),
                result.total().hitCount());
    }

    /** A title holder, whoever asks. */
    @Transactional(readOnly = true)
    Optional<Craftsman> holder(Long id) {
        return Scopes.asSystem(() -> craftsmen.findById(id)).filter(c -> c.getStatus().holding());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Achievement> achievementsOf(long memberId) {
        return Scopes.asSystem(() -> craftsmen.findByMemberIdAndStatusIn(memberId, CraftsmanStatus.HOLDING)).stream()
                .sorted(Comparator.comparing(Craftsman::getAwardedOn).reversed())
                .map(c -> new Achievement("suggestions.craftsman.title." + c.getTitle(), c.getSkill(), c.getAwardedOn(),
                        c.getSkill(), "/craftsmen/" + c.getId()))
                .toList();
    }
}
