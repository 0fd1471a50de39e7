package org.workershome.core.member;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.module.MeSection;

/** The member profile on {@code /me}, personal data masked. */
@Component
class ProfileSection implements MeSection {

    private final Members members;
    private final OrgDirectory orgDirectory;

    ProfileSection(Members members, OrgDirectory orgDirectory) {
        this.members = members;
        this.orgDirectory = orgDirectory;
    }

    @Override
    public String fragment() {
        return "members/me :: profile";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> model(CurrentUser user) {
        Map<String, Object> model = new HashMap<>();
        if (user.memberId() != null) {
            members.findById(user.memberId()).ifPresent(m -> {
                model.put("member", m);
                model.put("memberOrgName", orgDirectory.nameOf(m.getOrgId()));
            });
        }
        return model;
    }

    @Override
    public int order() {
        return 0;
    }
}
