package org.workershome.core.scope;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrgScopeTest {

    @Test
    void subtreeScopeIncludesTheOrgAndEverythingBelowIt() {
        OrgScope subtree = new OrgScope("/1/7/%", 0);
        assertThat(subtree.includesPath("/1/7/")).isTrue();
        assertThat(subtree.includesPath("/1/7/23/")).isTrue();
    }

    @Test
    void subtreeScopeExcludesParentsSiblingsAndIdsThatMerelyStartAlike() {
        OrgScope subtree = new OrgScope("/1/7/%", 0);
        assertThat(subtree.includesPath("/1/")).isFalse();
        assertThat(subtree.includesPath("/1/8/")).isFalse();
        assertThat(subtree.includesPath("/1/70/")).isFalse();
    }

    @Test
    void orgScopeIncludesOnlyThatOrg() {
        OrgScope org = new OrgScope("/1/7/", 0);
        assertThat(org.includesPath("/1/7/")).isTrue();
        assertThat(org.includesPath("/1/7/23/")).isFalse();
    }

    @Test
    void allIncludesEverythingAndNoneNothing() {
        assertThat(OrgScope.ALL.includesPath("/1/2/3/")).isTrue();
        assertThat(OrgScope.NONE.includesPath("/1/")).isFalse();
    }
}
