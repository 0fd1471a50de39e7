package org.workershome.congress;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Sort;
import org.workershome.core.demo.DemoData;
import org.workershome.core.member.Members;
import org.workershome.core.scope.Scopes;
import org.workershome.support.BrowserTest;
import org.workershome.support.IntegrationTest;

/** The chair's day in a real browser, without the API: a term, a constituency, representatives, a session, a removal. */
@IntegrationTest
@BrowserTest
class ChairDayJourneyTest {

    @LocalServerPort int port;
    @Autowired CongressFixture fixture;
    @Autowired Members members;

    @Test
    void chairSetsUpATermAndSessionAndTakesARepresentativeOffTheRoster(Page chair) {
        CongressJourneyTest.signIn(chair, "cadre.forest");
        chair.navigate("/congress");
        chair.fill("#new-term input[name=number]", "400");
        chair.fill("#new-term input[name=name]", "浏览器测试第400届职代会");
        chair.fill("#new-term input[name=minCosigners]", "1");
        chair.click("#new-term button[type=submit]");
        assertThat(chair.locator("h1")).hasText("浏览器测试第400届职代会");
        assertThat(chair.locator(".flash.ok")).isVisible();

        chair.fill("form:has(input[name=quota]) input[name=name]", "营林车间");
        chair.fill("form:has(input[name=quota]) input[name=quota]", "2");
        chair.click("form:has(input[name=quota]) button[type=submit]");
        Long forest = fixture.user("cadre.forest").orgId();
        var picked = Scopes.asSystem(() -> members.findAll((root, q, cb) -> cb.equal(root.get("orgId"), forest),
                Sort.by("id"))).subList(5, 7);
        for (var member : picked) { // not worker.forest and rep.forest, whose roles other tests rely on
            chair.selectOption("select[name=memberId]", member.getId().toString());
            chair.click("form:has(select[name=memberId]) button[type=submit]");
        }
        assertThat(chair.locator("#roster-manage tbody tr")).hasCount(2);

        chair.fill("#new-session input[name=title]", "第一次会议");
        chair.fill("#new-session input[name=motionsOpenAt]", "2026-12-01T09:00");
        chair.fill("#new-session input[name=motionsCloseAt]", "2026-12-10T17:00");
        chair.fill("#new-session textarea[name=agenda]", "审议集体合同草案\n选举经费审查委员会");
        chair.click("#new-session button[type=submit]");
        assertThat(chair.locator("#agenda li")).hasCount(2);
        chair.click("#open-session");
        assertThat(chair.locator("#eligible")).hasText("2");

        chair.click("#term-link");
        String leaving = chair.locator("#roster-manage tbody tr td").first().textContent();
        chair.fill("#roster-manage tbody tr:first-child input[name=reason]", "调离本单位");
        chair.click("#roster-manage tbody tr:first-child button[type=submit]");
        assertThat(chair.locator(".flash.ok")).hasText("代表已退出代表名单，记录保留。");
        assertThat(chair.locator("#former")).containsText(leaving);
        assertThat(chair.locator("#former")).containsText("调离本单位");
        assertThat(chair.locator("#roster-manage tbody tr")).hasCount(1);
    }

    @Test
    void aRepresentativeScanningBeforeLoggingInLandsOnTheConfirmation(Page rep) {
        var sitting = fixture.sitting(0);
        long id = sitting.session().getId();
        String code = fixture.as("cadre.forest", () -> fixture.sessions.renewSignInToken(fixture.user("cadre.forest"), id)
                .getSignInToken());
        rep.navigate("/congress/sessions/" + id + "/sign-in?code=" + code);
        rep.fill("input[name=username]", "rep.forest");
        rep.fill("input[name=password]", DemoData.PASSWORD);
        rep.click("form.form button[type=submit]");
        rep.waitForURL("**/congress/sessions/" + id + "/sign-in?code=" + code + "**");
        rep.click("#sign-in-form button[type=submit]");
        assertThat(rep.locator(".flash.ok")).hasText("签到成功。");
    }
}
