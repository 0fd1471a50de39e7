package org.workershome.appeals;

import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.module.MeSection;

/** "My appeals" on the worker's home page. */
@Component
class MyAppealsSection implements MeSection {

    private final Appeals appeals;

    MyAppealsSection(Appeals appeals) {
        this.appeals = appeals;
    }

    @Override
    public String fragment() {
        return "appeals/me :: mine";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> model(CurrentUser user) {
        if (user.memberId() == null) {
            return Map.of();
        }
        return Map.of("appeals", appeals.findByMemberIdOrderBySubmittedAtDesc(user.memberId(), PageRequest.of(0, 5)).getContent());
    }

    @Override
    public int order() {
        return 10;
    }
}
