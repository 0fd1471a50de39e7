package org.workershome.core;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of the core, under {@code workers-home.*}. */
@org.springframework.modulith.NamedInterface("properties")
@ConfigurationProperties("workers-home")
public record WorkersHomeProperties(
        @DefaultValue("./data") Path dataDir,
        /** Where users reach the application, e.g. {@code https://zgzj.example.cn}: links in e-mails start with it. */
        @DefaultValue("") String baseUrl,
        @DefaultValue Crypto crypto,
        @DefaultValue Security security,
        @DefaultValue Clock clock,
        @DefaultValue Mail mail,
        @DefaultValue Demo demo) {

    public record Crypto(String key) {}

    public record Security(
            @DefaultValue("5") int maxFailedLogins,
            @DefaultValue("PT15M") Duration lockout,
            @DefaultValue("PT12H") Duration apiTokenLifetime,
            /** How long a checked API token is trusted without reading the database again on another node. */
            @DefaultValue("PT30S") Duration apiTokenCache,
            /** BCrypt cost of new password hashes (each step doubles the work); tests use 4. */
            @DefaultValue("10") int passwordHashStrength,
            /** Sign-in attempts (form and API token) per client address and minute, before any password is checked. */
            @DefaultValue("20") int signInsPerMinute,
            /** Roles whose accounts sign in with a TOTP code after the password (等保三级); empty turns it off. */
            @DefaultValue({"ADMIN", "CADRE"}) java.util.List<String> twoFactorRoles,
            /** A password older than this must be changed at sign-in before anything else; zero turns it off. */
            @DefaultValue("P90D") Duration passwordMaxAge,
            /** Sessions one account may hold at once; a new sign-in ends the oldest. Zero: no limit. */
            @DefaultValue("1") int maxSessionsPerAccount) {}

    /** Shifts the application clock; honoured only under the demo profile. */
    public record Clock(@DefaultValue("PT0S") Duration offset) {}

    public record Mail(@DefaultValue("noreply@workershome.local") String from) {}

    public record Demo(@DefaultValue("false") boolean enabled, @DefaultValue("50") int membersPerOrg) {}
}
