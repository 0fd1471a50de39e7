package org.workershome.suggestions.craftsman;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.workershome.core.org.Industry;
import org.workershome.core.org.OrgDirectory;

/** The talent pool for mobile clients: search the title holders, read one. */
@RestController
@RequestMapping("/api/v1/craftsmen")
class CraftsmanApi {

    private final TalentPool pool;
    private final CraftsmanManagement management;
    private final OrgDirectory orgs;

    CraftsmanApi(TalentPool pool, CraftsmanManagement management, OrgDirectory orgs) {
        this.pool = pool;
        this.management = management;
        this.orgs = orgs;
    }

    record CraftsmanView(Long id, String name, String title, String skill, String industry, Long orgId, String orgName,
            String status, LocalDate noticeEndsOn, LocalDate awardedOn, LocalDate termEndsOn) {}

    record Page(long total, List<CraftsmanView> craftsmen) {}

    @GetMapping
    Page search(@RequestParam(required = false) String q, @RequestParam(required = false) CraftsmanTitle title,
            @RequestParam(required = false) Industry industry, @RequestParam(required = false) Long region,
            @RequestParam(defaultValue = "0") int page) {
        TalentPool.Results results = pool.search(new TalentPool.Query(q, title, industry, region, page));
        return new Page(results.total(), results.craftsmen().stream().map(this::view).toList());
    }

    /** A title holder for anyone; a nomination for those who see it. */
    @GetMapping("/{id}")
    CraftsmanView get(@PathVariable Long id) {
        return view(pool.holder(id).orElseGet(() -> management.get(id)));
    }

    private CraftsmanView view(Craftsman c) {
        return new CraftsmanView(c.getId(), c.getName(), c.getTitle().name(), c.getSkill(), c.getIndustry().name(),
                c.getOrgId(), orgs.nameOf(c.getOrgId()), c.getStatus().name(), c.getNoticeEndsOn(), c.getAwardedOn(),
                c.getTermEndsOn());
    }
}
