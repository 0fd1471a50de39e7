package org.workershome.core.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IdCardNumberTest {

    @Test
    void acceptsANumberWithTheRightCheckDigit() {
        assertThat(IdCardNumber.isValid("11010519491231002X")).isTrue();
        assertThat(IdCardNumber.isValid("230718198503150010")).isTrue();
    }

    @Test
    void acceptsCheckCharacterXAndNormalisesLowerCase() {
        assertThat(IdCardNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdCardNumber.parse(" 11010519491231002x ")).map(IdCardNumber::value).contains("11010519491231002X");
    }

    @Test
    void refusesAWrongCheckDigit() {
        assertThat(IdCardNumber.isValid("110105194912310021")).isFalse();
        assertThat(IdCardNumber.isValid("230718198503150013")).isFalse();
        assertThat(IdCardNumber.parse("230718198503150013")).isEmpty();
        assertThatThrownBy(() -> new IdCardNumber("230718198503150013")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnImpossibleBirthDateEvenWithAMatchingCheckDigit() {
        String feb30 = "23071819850230001";
        assertThat(IdCardNumber.isValid(feb30 + IdCardNumber.checkCharacter(feb30))).isFalse();
        String month13 = "23071819851301001";
        assertThat(IdCardNumber.isValid(month13 + IdCardNumber.checkCharacter(month13))).isFalse();
        String future = "23071830000101001";
        assertThat(IdCardNumber.isValid(future + IdCardNumber.checkCharacter(future))).isFalse();
    }

    @Test
    void refusesWrongLengthAndLetters() {
        assertThat(IdCardNumber.isValid("23071819850315001")).isFalse();
        assertThat(IdCardNumber.isValid("2307181985031500104")).isFalse();
        assertThat(IdCardNumber.isValid("A30718198503150014")).isFalse();
        assertThat(IdCardNumber.isValid(null)).isFalse();
    }

    @Test
    void readsBirthDateGenderAndRegion() {
        IdCardNumber man = new IdCardNumber("230718198503150010");
        assertThat(man.birthDate()).isEqualTo(LocalDate.of(1985, 3, 15));
        assertThat(man.gender()).isEqualTo(Gender.MALE);
        assertThat(man.regionCode()).isEqualTo("230718");
        IdCardNumber woman = new IdCardNumber("11010519491231002X");
        assertThat(woman.gender()).isEqualTo(Gender.FEMALE);
        assertThat(woman.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void neverPrintsTheFullNumber() {
        assertThat(new IdCardNumber("230718198503150010").toString()).isEqualTo("230718********0010");
    }
}
