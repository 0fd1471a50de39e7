package org.workershome.training.course;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.member.MemberDirectory;

/** Who a learner is for training's records: his unit (a member's org, else the account's) and his name as printed. */
@Component
public class Learners {

    private final MemberDirectory members;

    Learners(MemberDirectory members) {
        this.members = members;
    }

    public Long orgOf(CurrentUser user) {
        return user.memberId() == null ? user.orgId()
                : members.find(user.memberId()).map(MemberDirectory.MemberSummary::orgId).orElse(user.orgId());
    }

    public String nameOf(CurrentUser user) {
        Optional<String> name = user.memberId() == null ? Optional.empty() : members.nameOf(user.memberId());
        return name.orElse(user.displayName() == null ? user.getUsername() : user.displayName());
    }
}
