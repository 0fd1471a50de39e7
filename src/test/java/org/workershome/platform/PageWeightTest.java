package org.workershome.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.support.IntegrationTest;
import org.workershome.support.PageWeight;
import org.workershome.support.TestHttp;

/** Workers load pages over slow networks: a first visit, page plus its CSS and JS, stays within 30 KB gzip. */
@IntegrationTest
class PageWeightTest {

    static final int BUDGET = 30 * 1024;

    @LocalServerPort
    int port;

    @Test
    void loginPageWithItsAssetsIsWithinBudget() {
        assertThat(firstLoad(TestHttp.browser(port), "/login")).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    void workersOwnPageWithItsAssetsIsWithinBudget() {
        assertThat(firstLoad(TestHttp.signedIn(port, "worker.forest"), "/me")).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    void appealFormWithItsOfflineScriptIsWithinBudget() {
        assertThat(firstLoad(TestHttp.signedIn(port, "worker.forest"), "/appeals/new")).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    void workersAppealListIsWithinBudget() {
        assertThat(firstLoad(TestHttp.signedIn(port, "worker.forest"), "/appeals")).isLessThanOrEqualTo(BUDGET);
    }

    /** Bytes of a first visit; the app layout always brings its stylesheet and script. */
    private static int firstLoad(TestHttp http, String path) {
        PageWeight weight = PageWeight.of(http, path);
        assertThat(weight.assets()).as("stylesheets and scripts of " + path).isNotEmpty();
        return weight.firstLoadBytes();
    }
}
