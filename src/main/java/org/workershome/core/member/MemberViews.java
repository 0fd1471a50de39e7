package org.workershome.core.member;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.workershome.core.account.Account;
import org.workershome.core.account.Accounts;
import org.workershome.core.org.OrgDirectory;

/** Turns members into masked {@link MemberView}s, with org names and usernames fetched once per list. */
@Component
class MemberViews {

    private final Accounts accounts;
    private final OrgDirectory orgDirectory;

    MemberViews(Accounts accounts, OrgDirectory orgDirectory) {
        this.accounts = accounts;
        this.orgDirectory = orgDirectory;
    }

    List<MemberView> of(List<Member> members) {
        if (members.isEmpty()) {
            return List.of();
        }
        Map<Long, String> usernames = accounts.findByMemberIdIn(members.stream().map(Member::getId).toList()).stream()
                .collect(Collectors.toMap(Account::getMemberId, Account::getUsername, (a, b) -> a));
        Map<Long, String> orgNames = orgDirectory.namesOf(members.stream().map(Member::getOrgId).distinct().toList());
        return members.stream().map(m -> view(m, orgNames.get(m.getOrgId()), usernames.get(m.getId()))).toList();
    }

    MemberView of(Member member) {
        return of(List.of(member)).get(0);
    }

    List<TransferView> transfers(List<MemberTransfer> transfers) {
        return transfers.stream().map(t -> new TransferView(t.getId(), t.getFromOrgId(), orgDirectory.nameOf(t.getFromOrgId()),
                t.getToOrgId(), orgDirectory.nameOf(t.getToOrgId()), t.getReason(), t.getTransferredAt(),
                t.getTransferredBy())).toList();
    }

    private static MemberView view(Member m, String orgName, String username) {
        return new MemberView(m.getId(), m.getName(), m.getGender(), m.getIdNumberMasked(), m.getPhoneMasked(),
                m.getOrgId(), orgName, m.getJob(), m.getJoinDate(), m.getStatus(), username, m.getVersion());
    }
}
