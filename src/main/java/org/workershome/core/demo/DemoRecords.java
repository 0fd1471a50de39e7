package org.workershome.core.demo;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
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

    DemoRecords(Orgs orgs, Members members) {
        this.orgs = orgs;
        this.members = members;
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
