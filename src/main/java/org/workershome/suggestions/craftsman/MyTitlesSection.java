package org.workershome.suggestions.craftsman;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.module.MeSection;

/** "My titles" on /me: one's craftsman nominations and titles. */
@Component
class MyTitlesSection implements MeSection {

    private final CraftsmanManagement management;

    MyTitlesSection(CraftsmanManagement management) {
        this.management = management;
    }

    @Override
    public String fragment() {
        return "suggestions/me :: titles";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> model(CurrentUser user) {
        return user.memberId() == null ? Map.of() : Map.of("craftsmen", management.mine(user));
    }

    @Override
    public int order() {
        return 56;
    }
}
