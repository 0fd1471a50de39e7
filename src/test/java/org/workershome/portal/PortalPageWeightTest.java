package org.workershome.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.support.IntegrationTest;
import org.workershome.support.PageWeight;
import org.workershome.support.TestHttp;

/** Every public page, with its CSS and JS, stays within 20 KB gzip on a first visit, and needs no script. */
@IntegrationTest
class PortalPageWeightTest {

    static final int BUDGET = 20 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    Articles articles;

    @Test
    void publicPagesAreWithinTwentyKilobytes() {
        long seed = articles.findAll().stream().filter(a -> a.getTitle().startsWith("在生态文明建设中努力践行"))
                .findFirst().orElseThrow().getId();
        for (String path : new String[] {"/", "/articles/" + seed, "/channels/gonghui", "/topics/xuexi-guanche",
                "/search?q=%E7%94%9F%E6%80%81%E6%96%87%E6%98%8E", "/calendar/2019-09-24", "/calendar/2019-09"}) {
            PageWeight weight = PageWeight.of(TestHttp.browser(port), path);
            assertThat(weight.html()).as("%s is readable without JavaScript", path).doesNotContain("<script");
            assertThat(weight.html()).doesNotContain("@font-face", "fonts.googleapis");
            assertThat(weight.firstLoadBytes()).as(path).isLessThanOrEqualTo(BUDGET);
        }
    }
}
