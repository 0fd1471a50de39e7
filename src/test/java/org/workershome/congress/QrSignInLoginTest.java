package org.workershome.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** A representative who scans the QR code while not signed in lands back on the confirmation after the login. */
@IntegrationTest
class QrSignInLoginTest {

    @LocalServerPort int port;
    @Autowired CongressFixture fixture;

    private static String local(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void afterTheLoginTheRepresentativeLandsOnTheSignInConfirmation() {
        var sitting = fixture.sitting(0);
        long id = sitting.session().getId();
        String code = fixture.as("cadre.forest", () -> fixture.sessions.renewSignInToken(fixture.user("cadre.forest"), id)
                .getSignInToken());
        String target = "/congress/sessions/" + id + "/sign-in?code=" + code;

        TestHttp phone = TestHttp.browser(port);
        TestHttp.Response scanned = phone.get(target);
        assertThat(scanned.status()).isEqualTo(302);
        assertThat(scanned.header("Location")).endsWith("/login");
        assertThat(local(phone.login("rep.forest", "wrong-password").header("Location"))).startsWith("/login");
        TestHttp.Response login = phone.login("rep.forest", "Demo@2026");
        assertThat(login.status()).isEqualTo(302);
        String back = local(login.header("Location"));
        assertThat(back).as("not /me").startsWith("/congress/sessions/" + id + "/sign-in?code=" + code);
        TestHttp.Response confirmation = phone.get(back);
        assertThat(confirmation.status()).isEqualTo(200);
        assertThat(confirmation.body()).contains("确认签到");
        assertThat(fixture.present(id, fixture.memberOf("rep.forest"))).as("a GET changes nothing").isFalse();
        assertThat(phone.postForm("/congress/sessions/" + id + "/sign-in", Map.of("code", code)).status()).isEqualTo(302);
        assertThat(fixture.present(id, fixture.memberOf("rep.forest"))).isTrue();
    }

    @Test
    void withoutAValidCodeOnlyRepresentativesLearnWhichSittingItIs() {
        long id = fixture.sitting(0).session().getId();
        String page = "/congress/sessions/" + id + "/sign-in?code=not-the-code";
        assertThat(TestHttp.signedIn(port, "worker.station").get(page).status()).isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "rep.forest").get(page).status()).isEqualTo(200);
        String code = fixture.as("cadre.forest", () -> fixture.sessions.renewSignInToken(fixture.user("cadre.forest"), id)
                .getSignInToken());
        assertThat(TestHttp.signedIn(port, "worker.station").get("/congress/sessions/" + id + "/sign-in?code=" + code)
                .status()).as("a worker of another unit does not see the sitting, code or not").isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "worker.forest").get("/congress/sessions/" + id + "/sign-in?code=" + code)
                .status()).as("a valid code shows the page to the unit's workers; signing in is refused there")
                .isEqualTo(200);
    }

    @Test
    void anOrdinaryLoginStillLandsOnMe() {
        TestHttp.Response login = TestHttp.browser(port).login("worker.forest", "Demo@2026");
        assertThat(local(login.header("Location"))).isEqualTo("/me");
    }
}
