package org.workershome.core.scope;

import org.workershome.core.error.OutOfScope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import org.workershome.core.member.Member;
import org.workershome.core.member.Members;
import org.workershome.core.org.Org;
import org.workershome.core.org.Orgs;
import org.workershome.support.IntegrationTest;

/**
 * The mechanism itself, below any controller: plain repository calls that say nothing about scope
 * still see only the caller's part of the tree, so a module cannot forget to filter.
 */
@IntegrationTest
class DataScopeMechanismTest {

    @Autowired UserDetailsService users;
    @Autowired Members members;
    @Autowired Orgs orgs;
    @Autowired TransactionTemplate tx;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private Org org(String name) {
        return Scopes.asSystem(() -> orgs.findAll()).stream().filter(o -> o.getName().equals(name)).findFirst().orElseThrow();
    }

    private List<Member> allMembersAsSystem() {
        return Scopes.asSystem(() -> members.findAll());
    }

    @Test
    void findAllOfACadreReturnsOnlyTheSubtree() {
        Org forest = org("伊春红星林场工会");
        signInAs("cadre.forest");
        List<Member> seen = tx.execute(s -> members.findAll());
        assertThat(seen).isNotEmpty().allMatch(m -> m.getOrgId().equals(forest.getId()));
    }

    @Test
    void provincialCadreSeesBothHeilongjiangUnitsAndNothingInQinghai() {
        Org forest = org("伊春红星林场工会");
        Org farm = org("建三江七星农场工会");
        Org station = org("玛多县气象站工会");
        signInAs("cadre.province");
        List<Member> seen = tx.execute(s -> members.findAll());
        assertThat(seen).extracting(Member::getOrgId).contains(forest.getId(), farm.getId()).doesNotContain(station.getId());
        List<Org> visibleOrgs = tx.execute(s -> orgs.findAll());
        assertThat(visibleOrgs).extracting(Org::getName)
                .contains("黑龙江省农林水利气象工会", "伊春红星林场工会", "建三江七星农场工会")
                .doesNotContain("青海省农林水利气象工会", "玛多县气象站工会", "中国农林水利气象工会");
    }

    @Test
    void findByIdOutsideTheScopeFindsNothing() {
        Long stationMember = allMembersAsSystem().stream()
                .filter(m -> m.getOrgId().equals(org("玛多县气象站工会").getId())).findFirst().orElseThrow().getId();
        signInAs("cadre.forest");
        java.util.Optional<Member> found = tx.execute(s -> members.findById(stationMember));
        assertThat(found).isEmpty();
    }

    @Test
    void workerSeesOnlyHimselfAndHisOwnOrg() {
        signInAs("worker.forest");
        List<Member> seen = tx.execute(s -> members.findAll());
        assertThat(seen).hasSize(1);
        List<Org> seenOrgs = tx.execute(s -> orgs.findAll());
        assertThat(seenOrgs).extracting(Org::getName).containsExactly("伊春红星林场工会");
    }

    @Test
    void nobodySignedInSeesNothing() {
        List<Member> seenMembers = tx.execute(s -> members.findAll());
        List<Org> seenOrgs = tx.execute(s -> orgs.findAll());
        assertThat(seenMembers).isEmpty();
        assertThat(seenOrgs).isEmpty();
    }

    @Test
    void writingARecordOutsideTheScopeIsRefusedAndChangesNothing() {
        Member stationMember = allMembersAsSystem().stream()
                .filter(m -> m.getOrgId().equals(org("玛多县气象站工会").getId())).findFirst().orElseThrow();
        String before = stationMember.getJob();
        signInAs("cadre.forest");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            Member loaded = Scopes.asSystem(() -> members.findById(stationMember.getId())).orElseThrow();
            loaded.edit(loaded.getName(), loaded.getGender(), loaded.getPhone(), loaded.getJoinDate(), "篡改",
                    loaded.getStatus(), java.time.Instant.now());
        })).hasRootCauseInstanceOf(OutOfScope.class);
        SecurityContextHolder.clearContext();
        assertThat(Scopes.asSystem(() -> members.findById(stationMember.getId())).orElseThrow().getJob()).isEqualTo(before);
    }
}
