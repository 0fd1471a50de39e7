package org.workershome.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void refusesSevenCharactersEvenWithAllClasses() {
        assertThat(PasswordPolicy.accepts("Ab1@xyz")).isFalse();
    }

    @Test
    void refusesEightCharactersFromOnlyTwoClasses() {
        assertThat(PasswordPolicy.accepts("abcdefg1")).isFalse();
        assertThat(PasswordPolicy.accepts("ABCDefgh")).isFalse();
    }

    @Test
    void acceptsEightCharactersFromThreeClasses() {
        assertThat(PasswordPolicy.accepts("Abcdefg1")).isTrue();
        assertThat(PasswordPolicy.accepts("abcdef1@")).isTrue();
    }

    @Test
    void refusesNothingAtAll() {
        assertThat(PasswordPolicy.accepts(null)).isFalse();
        assertThat(PasswordPolicy.accepts("")).isFalse();
    }
}
