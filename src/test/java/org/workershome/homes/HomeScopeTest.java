package org.workershome.homes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workershome.homes.HomesFixtures.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.time.Times;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;
import org.workershome.support.TestHttp;

/**
 * Who sees and changes which home: a cadre of another province neither reads nor changes one; workers see the
 * homes of their union and the unions above, not a sibling unit's; photos are pictures only and follow the home.
 */
@IntegrationTest
class HomeScopeTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    @Test
    void aCadreOfAnotherProvinceNeitherReadsNorChangesAHome() {
        TestHttp forest = TestHttp.signedIn(port, "cadre.forest");
        long home = home(forest, orgId(jdbc, "伊春红星林场工会"), "范围测试之家");
        long room = room(jdbc, forest, home, "会议室");

        TestHttp qinghai = TestHttp.signedIn(port, "cadre.qinghai");
        assertThat(qinghai.get("/homes/" + home).status()).isEqualTo(404);
        assertThat(qinghai.get("/homes/" + home + "/calendar").status()).isEqualTo(404);
        assertThat(qinghai.get("/homes/" + home + "/edit").status()).isEqualTo(404);
        assertThat(qinghai.get("/homes").body()).doesNotContain("范围测试之家");
        assertThat(qinghai.postForm("/homes/" + home, Map.of("name", "改名", "address", "x")).status()).isEqualTo(404);
        assertThat(qinghai.postForm("/homes/" + home + "/rooms", Map.of("roomName", "偷加")).status()).isEqualTo(404);
        String day = LocalDate.now(clock.withZone(Times.ZONE)).plusDays(31).toString();
        assertThat(book(qinghai, home, room, day + "T10:00", day + "T11:00").status()).isEqualTo(404);
        TestHttp.Response registerThere = qinghai.postForm("/homes", Map.of("orgId",
                String.valueOf(orgId(jdbc, "伊春红星林场工会")), "name", "越界", "address", "x",
                "requestToken", java.util.UUID.randomUUID().toString()));
        assertThat(registerThere.status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select name from homes_home where id = ?", String.class, home))
                .isEqualTo("范围测试之家");
        assertThat(jdbc.queryForObject("select count(*) from homes_room where home_id = ?", Long.class, home)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from homes_booking where room_id = ?", Long.class, room)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from homes_home where name = '越界'", Long.class)).isZero();

        TestHttp.Response export = qinghai.get("/homes/export.xlsx");
        assertThat(export.status()).isEqualTo(200);
        assertThat(new String(export.bytes(), StandardCharsets.ISO_8859_1)).startsWith("PK");
    }

    @Test
    void workersSeeTheHomesOfTheirUnionAndTheUnionsAboveOnly() {
        long province = home(TestHttp.signedIn(port, "cadre.province"), orgId(jdbc, "黑龙江省农林水利气象工会"), "省工会职工之家");
        long farm = home(TestHttp.signedIn(port, "cadre.province"), orgId(jdbc, "建三江七星农场工会"), "七星农场职工之家");
        long forest = home(TestHttp.signedIn(port, "cadre.forest"), orgId(jdbc, "伊春红星林场工会"), "林场二号职工之家");

        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        String list = worker.get("/homes").body();
        assertThat(list).contains("省工会职工之家").contains("林场二号职工之家").doesNotContain("七星农场职工之家");
        assertThat(worker.get("/homes/" + province).status()).isEqualTo(200);
        assertThat(worker.get("/homes/" + forest).status()).isEqualTo(200);
        assertThat(worker.get("/homes/" + farm).status()).as("a sibling unit's home").isEqualTo(404);
        assertThat(worker.get("/homes/" + forest + "/edit").status()).as("workers do not manage").isEqualTo(403);
        assertThat(worker.get("/homes/export.xlsx").status()).isEqualTo(403);
        assertThat(worker.get("/homes/" + forest).body()).doesNotContain("/homes/" + forest + "/rooms\"");
        assertThat(worker.get("/me").body()).contains("我的职工之家").contains("林场二号职工之家")
                .doesNotContain("省工会职工之家");

        TestHttp station = TestHttp.signedIn(port, "worker.station");
        assertThat(station.get("/homes/" + forest).status()).isEqualTo(404);
        assertThat(station.get("/homes/" + province).status()).isEqualTo(404);
        assertThat(station.get("/homes").body()).doesNotContain("林场二号职工之家").doesNotContain("省工会职工之家");
    }

    @Test
    void aPhotoMustBeAPictureAndIsSeenByWhoeverSeesTheHome() throws Exception {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        long home = home(cadre, orgId(jdbc, "伊春红星林场工会"), "照片测试之家");
        cadre.get("/homes/" + home);
        TestHttp.Response notAPicture = cadre.postMultipart("/homes/" + home + "/photos", Map.of(), "photos",
                "home.png", "<html>not a picture</html>".getBytes(StandardCharsets.UTF_8), "image/png");
        assertThat(notAPicture.status()).isEqualTo(200);
        assertThat(notAPicture.body()).contains("field-error");
        assertThat(photos(home)).isZero();

        TestHttp.Response fromWorker = TestHttp.signedIn(port, "worker.forest").postMultipart("/homes/" + home + "/photos",
                Map.of(), "photos", "home.png", png(), "image/png");
        assertThat(fromWorker.status()).isEqualTo(403);
        assertThat(photos(home)).isZero();

        assertThat(cadre.postMultipart("/homes/" + home + "/photos", Map.of(), "photos", "home.png", png(), "image/png")
                .status()).isEqualTo(302);
        assertThat(photos(home)).isEqualTo(1);
        long photo = jdbc.queryForObject("select id from attachment where target_type = 'homes-home' and target_id = ?",
                Long.class, home);
        TestHttp.Response seen = TestHttp.signedIn(port, "worker.forest").get("/homes/" + home + "/attachments/" + photo);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.header("Content-Type")).isEqualTo("image/png");
        assertThat(TestHttp.signedIn(port, "cadre.qinghai").get("/homes/" + home + "/attachments/" + photo).status())
                .isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "worker.station").get("/homes/" + home + "/attachments/" + photo).status())
                .isEqualTo(404);
    }

    private long photos(long home) {
        return jdbc.queryForObject("select count(*) from attachment where target_type = 'homes-home' and target_id = ?",
                Long.class, home);
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
