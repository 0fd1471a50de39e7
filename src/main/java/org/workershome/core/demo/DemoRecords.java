package org.workershome.core.demo;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Account;
import org.workershome.core.account.Accounts;
import org.workershome.core.member.Member;
import org.workershome.core.member.Members;
import org.workershome.core.org.Org;
import org.workershome.core.org.Orgs;
import org.workershome.core.scope.Scopes;

/**
 * What a module's demo seeding needs of core's records — an org by name, the members of an org with their personal
 * data, whether the tree is there at all — so that no module reaches core's repositories. For seeding only: it reads
 * as the system.
 */
@Component
public class DemoRecords {

    private final Orgs orgs;
    private final Members members;
    private final Accounts accounts;

    DemoRecords(Orgs orgs, Members members, Accounts accounts) {
        this.orgs = orgs;
        this.members = members;
        this.accounts = accounts;
    }

    public boolean accountExists(String username) {
        return Scopes.asSystem(() -> accounts.findByUsername(username)).isPresent();
    }

    /** Stores an account made for seeding or a benchmark as it is (its password already hashed). */
    @Transactional
    public Account saveAccount(Account account) {
        return Scopes.asSystem(() -> accounts.save(account));
    }

    @Transactional(readOnly = true)
    public boolean orgTreeSeeded() {
        return Scopes.asSystem(() -> orgs.count()) > 0;
    }

    @Transactional(readOnly = true)
    public Optional<Org> orgNamed(String name) {
        return Scopes.asSystem(() -> orgs.findAll()).stream().filter(o -> o.getName().equals(name)).findFirst();
    }

    /** The org's members by id, with ID numbers and phones as stored (decrypted), for applying on their behalf. */
    @Transactional(readOnly = true)
    public List<Member> membersOf(Long orgId) {
        return Scopes.asSystem(() -> members.findAll(Sort.by("id"))).stream()
                .filter(m -> m.getOrgId().equals(orgId)).toList();
    }
}
