package org.workershome.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MasksTest {

    @Test
    void idNumberKeepsRegionAndLastFourAndHidesTheBirthDate() {
        assertThat(Masks.idNumber("230718198503150010")).isEqualTo("230718********0010");
        assertThat(Masks.idNumber("11010519491231002X")).isEqualTo("110105********002X").doesNotContain("19491231");
    }

    @Test
    void phoneKeepsPrefixAndLastFour() {
        assertThat(Masks.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masks.phone("010-12345678")).isEqualTo("010*****5678");
    }

    @Test
    void nameShowsOnlyTheFirstCharacter() {
        assertThat(Masks.name("张三")).isEqualTo("张*");
        assertThat(Masks.name("欧阳建国")).isEqualTo("欧***");
    }

    @Test
    void shortOrMissingValuesAreHiddenEntirely() {
        assertThat(Masks.idNumber("12345")).isEqualTo("*****");
        assertThat(Masks.phone("12345")).isEqualTo("*****");
        assertThat(Masks.idNumber(null)).isNull();
        assertThat(Masks.phone(null)).isNull();
    }
}
