package org.workershome.congress;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.congress.ballot.Ballot;
import org.workershome.core.demo.DemoData;
import org.workershome.core.scope.Scopes;
import org.workershome.support.BrowserTest;
import org.workershome.support.IntegrationTest;

/** The congress in a real browser: a representative signs in by the QR link, votes; the chair closes; all see the result. */
@IntegrationTest
@BrowserTest
class CongressJourneyTest {

    @LocalServerPort int port;
    @Autowired CongressFixture fixture;

    @Test
    void representativeSignsInByCodeVotesChairClosesAndResultAndResolutionAppear(Page rep) {
        int eligible = Scopes.asSystem(() -> (int) fixture.representatives.countByTermId(fixture.demoTerm().getId()));
        var sitting = fixture.sitting((eligible * 2 + 2) / 3, false);
        Ballot ballot = fixture.openBallot(sitting, true);

        try (BrowserContext chairContext = rep.context().browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://127.0.0.1:" + port).setLocale("zh-CN"))) {
            Page chair = chairContext.newPage();
            signIn(chair, "cadre.forest");
            chair.navigate("/congress/sessions/" + sitting.session().getId());
            assertThat(chair.locator("#quorum-state")).hasText("已达到");
            chair.click("#sign-in button[type=submit]");
            assertThat(chair.locator("#sign-in img")).isVisible();
            String signInUrl = chair.locator("#sign-in-url").getAttribute("href");

            signIn(rep, "rep.forest");
            rep.navigate("/congress/ballots/" + ballot.getId());
            assertThat(rep.locator("#vote")).hasCount(0); // not signed in at the session yet
            rep.navigate(signInUrl);
            rep.click("#sign-in-form button[type=submit]");
            assertThat(rep.locator(".flash.ok")).hasText("签到成功。");

            rep.navigate("/congress");
            rep.click("#open-ballots a:text-is('" + ballot.getTitle() + "')");
            rep.check("#vote input[name=choice][value=FOR]");
            rep.click("#vote button[type=submit]");
            assertThat(rep.locator("#voted")).isVisible();
            assertThat(rep.locator("#vote")).hasCount(0);

            chair.navigate("/congress/ballots/" + ballot.getId());
            chair.click("#chair button[type=submit]");
            assertThat(chair.locator("#ballot-status")).hasText("已结束");
            assertThat(chair.locator("#result")).containsText("赞成");
            chair.click("#resolution-link");
            assertThat(chair.locator("#resolution h1")).containsText(ballot.getTitle());

            rep.navigate("/congress/ballots/" + ballot.getId());
            assertThat(rep.locator("#result")).containsText("参加表决");
            assertThat(rep.locator("#outcome")).hasText("未通过"); // one FOR is no majority of all representatives
            rep.navigate("/congress");
            assertThat(rep.locator("#resolutions")).containsText(ballot.getTitle());
        }
    }

    static void signIn(Page page, String username) {
        page.navigate("/login");
        page.fill("input[name=username]", username);
        page.fill("input[name=password]", DemoData.PASSWORD);
        page.click("form.form button[type=submit]");
        page.waitForURL("**/me");
    }
}
