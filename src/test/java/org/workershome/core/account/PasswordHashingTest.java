package org.workershome.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordHashingTest {

    @Test
    void newHashesTakeTheConfiguredCostAndHashesOfAnotherCostStillMatch() {
        PasswordEncoder cheap = PasswordHashing.encoder(4);
        String hash = cheap.encode("Demo@2026");
        assertThat(hash).startsWith("{bcrypt}$2a$04$");
        assertThat(cheap.matches("Demo@2026", hash)).isTrue();
        assertThat(cheap.matches("demo@2026", hash)).isFalse();

        // a hash stored at the default cost (as by Spring's default encoder) still signs in after the setting changed
        String stored = "{bcrypt}" + new BCryptPasswordEncoder(10).encode("Demo@2026");
        assertThat(cheap.matches("Demo@2026", stored)).isTrue();
        assertThat(PasswordHashing.encoder(10).encode("x")).startsWith("{bcrypt}$2a$10$");
        assertThat(cheap.matches("Demo@2026", "{noop}Demo@2026")).as("other prefixes as by Spring's default").isTrue();
    }
}
