package org.workershome.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.workershome.support.TestClock;

import tools.jackson.databind.json.JsonMapper;

/** Fixed windows per key; sign-ins beyond the limit from one address are refused before Spring Security sees them. */
class RateLimitsTest {

    private final TestClock clock = new TestClock();
    private final RateLimits limits = new RateLimits(clock);

    @Test
    void aWindowAllowsItsCountThenRefusesUntilItEnds() {
        RateLimits.Limit three = new RateLimits.Limit(3, Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limits.tryUse("b", "k", three)).isTrue();
        }
        assertThat(limits.tryUse("b", "k", three)).isFalse();
        assertThat(limits.tryUse("b", "other", three)).as("another key").isTrue();
        assertThat(limits.tryUse("other-bucket", "k", three)).as("another bucket").isTrue();
        clock.advance(Duration.ofSeconds(59));
        assertThat(limits.tryUse("b", "k", three)).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(limits.tryUse("b", "k", three)).as("a new window").isTrue();
    }

    @Test
    void signInsBeyondTheLimitFromOneAddressAreRefusedWithALocalisedAnswer() throws Exception {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        SignInRateLimit filter = new SignInRateLimit(limits, new RateLimits.Limit(2, Duration.ofMinutes(1)),
                new ApiProblems(messages, JsonMapper.builder().build()));

        for (int i = 0; i < 2; i++) {
            assertThat(run(filter, "POST", "/api/v1/auth/token", "198.51.100.7").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = run(filter, "POST", "/api/v1/auth/token", "198.51.100.7");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        assertThat(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("操作过于频繁", "throttled");

        MockHttpServletResponse form = run(filter, "POST", "/login", "198.51.100.7");
        assertThat(form.getRedirectedUrl()).isEqualTo("/login?error=throttled");
        assertThat(run(filter, "GET", "/login", "198.51.100.7").getStatus()).as("only attempts count").isEqualTo(200);
        assertThat(run(filter, "POST", "/login", "198.51.100.8").getStatus()).as("another address").isEqualTo(200);
    }

    private static MockHttpServletResponse run(SignInRateLimit filter, String method, String path, String address)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
