package org.workershome.core.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.account.AccountUserDetailsService;
import org.workershome.core.account.ApiTokenService;
import org.workershome.core.account.BearerTokenConverter;
import org.workershome.core.account.LoginFailureHandler;
import org.workershome.core.account.PasswordHashing;
import org.workershome.core.account.PasswordAge;
import org.workershome.core.account.TwoFactor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.workershome.core.account.Permissions;
import org.workershome.core.module.Modules;

/**
 * Two filter chains: {@code /api/**} is stateless with bearer tokens (no cookies, so no CSRF to forge);
 * every other path uses form login with a JDBC-backed session and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    static final String[] PUBLIC_PAGES = {"/", "/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
            "/favicon.ico", "/manifest.webmanifest", "/sw.js", "/offline.html", "/actuator/health",
            "/actuator/health/**"};

    @Bean
    PasswordEncoder passwordEncoder(WorkersHomeProperties properties) {
        return PasswordHashing.encoder(properties.security().passwordHashStrength());
    }

    @Bean
    AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder encoder,
            AuthenticationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(List.of(passwords));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenService tokens, ApiProblems problems) throws Exception {
        AuthenticationManager tokenCheck = authentication -> tokens.authenticate((String) authentication.getCredentials());
        AuthenticationFilter bearer = new AuthenticationFilter(tokenCheck, new BearerTokenConverter());
        bearer.setSuccessHandler((request, response, authentication) -> { });
        bearer.setFailureHandler(problems::unauthorized);
        bearer.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(bearer, UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, Modules modules, TwoFactor twoFactor, PasswordAge passwordAge,
            WorkersHomeProperties properties, FindByIndexNameSessionRepository<? extends Session> sessions) throws Exception {
        int maxSessions = properties.security().maxSessionsPerAccount();
        if (maxSessions > 0) {
            // a new sign-in ends the account's oldest session; the registry is the JDBC session store, so across nodes
            http.sessionManagement(s -> s.maximumSessions(maxSessions)
                    .sessionRegistry(new SpringSessionBackedSessionRegistry<>(sessions))
                    .expiredUrl("/login?elsewhere"));
        }
        String[] modulePublic = modules.publicPages();
        http.authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers(modulePublic).permitAll()
                        .requestMatchers("/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .hasAuthority(Permissions.OPS_READ)
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").successHandler(TwoFactorGate.afterPassword(twoFactor, passwordAge))
                        .failureHandler(new LoginFailureHandler()).permitAll())
                .addFilterBefore(new TwoFactorGate(), AuthorizationFilter.class)
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
