package org.workershome.hardship;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.module.MeSection;

/** "My assistance" on the worker's home page: his files and the aid he received. */
@Component
class MyHardshipSection implements MeSection {

    private final HardshipQueries queries;
    private final AidManagement aid;

    MyHardshipSection(HardshipQueries queries, AidManagement aid) {
        this.queries = queries;
        this.aid = aid;
    }

    @Override
    public String fragment() {
        return "hardship/me :: mine";
    }

    @Override
    public Map<String, Object> model(CurrentUser user) {
        if (user.memberId() == null) {
            return Map.of();
        }
        return Map.of("files", queries.filesOf(user.memberId()), "aid", aid.aidOfMember(user.memberId()));
    }

    @Override
    public int order() {
        return 20;
    }
}
