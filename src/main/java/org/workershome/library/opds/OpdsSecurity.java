package org.workershome.library.opds;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Reader apps (KOReader, Moon+ Reader, Thorium…) browse OPDS with HTTP Basic and keep no cookies, so {@code /opds/**}
 * gets its own small chain, ordered before core's two: stateless, Basic against the same accounts (core's
 * authentication manager, so sign-in failures count towards the same lock-out), no CSRF (no cookie to forge
 * with), read-only (the feeds and downloads are GETs). Core's SecurityConfig is unchanged.
 */
@Configuration(proxyBeanMethods = false)
class OpdsSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain opds(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        http.securityMatcher("/opds/**", "/opds")
                .authenticationManager(authenticationManager)
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.realmName("workers-home"))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated());
        return http.build();
    }
}
