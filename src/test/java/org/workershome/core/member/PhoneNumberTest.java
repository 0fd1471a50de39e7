package org.workershome.core.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void acceptsMobileNumbersAndNormalisesThem() {
        assertThat(PhoneNumber.parse("13812345678")).contains("13812345678");
        assertThat(PhoneNumber.parse("+86 138 1234 5678")).contains("13812345678");
        assertThat(PhoneNumber.parse("19912345678")).contains("19912345678");
    }

    @Test
    void acceptsLandlinesWithAreaCode() {
        assertThat(PhoneNumber.parse("010-12345678")).contains("010-12345678");
        assertThat(PhoneNumber.parse("0458-3456789")).contains("0458-3456789");
    }

    @Test
    void refusesWhatIsNotAPhoneNumber() {
        assertThat(PhoneNumber.parse("12812345678")).isEmpty();
        assertThat(PhoneNumber.parse("1381234567")).isEmpty();
        assertThat(PhoneNumber.parse("138123456789")).isEmpty();
        assertThat(PhoneNumber.parse("1381234567a")).isEmpty();
        assertThat(PhoneNumber.parse("12345678")).isEmpty();
        assertThat(PhoneNumber.parse(null)).isEmpty();
    }
}
