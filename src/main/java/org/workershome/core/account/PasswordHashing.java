package org.workershome.core.account;

import java.util.Map;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed: BCrypt behind the {@code {bcrypt}} prefix, as Spring Security's default encoder does,
 * with the cost from {@code workers-home.security.password-hash-strength} (10, Spring's default). A stored hash
 * carries its own cost, so changing the setting never locks anyone out; the test profile lowers it to 4 because
 * the suite signs in hundreds of times and each hash at cost 10 takes about 0.1 s of CPU.
 */
public final class PasswordHashing {

    public static final String ID = "bcrypt";

    private PasswordHashing() {
    }

    public static PasswordEncoder encoder(int strength) {
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(ID, Map.of(ID, new BCryptPasswordEncoder(strength)));
        // hashes with another prefix ({noop}, {pbkdf2}, …) are checked as by Spring's default encoder, as before
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return encoder;
    }
}
