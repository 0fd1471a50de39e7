package org.workershome.portal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.module.MeSection;

/** A worker's approved model deeds on their own page. */
@Component
class MyDeedsSection implements MeSection {

    private final DeedManagement deeds;

    MyDeedsSection(DeedManagement deeds) {
        this.deeds = deeds;
    }

    @Override
    public String fragment() {
        return "portal/deeds/me :: mine";
    }

    @Override
    public Map<String, Object> model(CurrentUser user) {
        List<Deed> mine = user.memberId() == null ? List.of() : deeds.approvedOf(user.memberId());
        return Map.of("myDeeds", mine);
    }

    @Override
    public int order() {
        return 50;
    }
}
