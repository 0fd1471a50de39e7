package org.workershome.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.congress.openaffairs.Notice;
import org.workershome.congress.openaffairs.NoticeManagement;
import org.workershome.core.crypto.Masks;
import org.workershome.core.member.Members;
import org.workershome.core.scope.Scopes;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** The worker's own notices page (unread first) and the cadre's masked list of who has not read, with its export. */
@IntegrationTest
class NoticeReadingTest {

    @LocalServerPort int port;
    @Autowired CongressFixture fixture;
    @Autowired Members members;
    @Autowired NoticeManagement openAffairs;

    private long publish(TestHttp cadre, String title) {
        assertThat(cadre.postForm("/congress/notices", Map.of("category", "WELFARE", "title", title, "body", "内容"))
                .status()).isEqualTo(302);
        Matcher m = Pattern.compile("href=\"/congress/notices/(\\d+)\">" + Pattern.quote(title)).matcher(
                cadre.get("/congress/notices").body());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void theWorkerSeesUnreadFirstAndTheCadreWhoHasNotReadMasked() throws Exception {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        String older = "职工疗休养安排公开" + System.nanoTime();
        String newer = "食堂收支公开" + System.nanoTime();
        long olderId = publish(cadre, older);
        long newerId = publish(cadre, newer);
        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        worker.postForm("/congress/notices/" + newerId + "/read", Map.of());

        String mine = worker.get("/congress/notices/mine").body();
        assertThat(mine.indexOf(older)).as("unread before read, though older").isPositive().isLessThan(mine.indexOf(newer));
        assertThat(mine).containsPattern("class=\"unread\">\\s*<strong class=\"tag\">未读</strong>\\s*<a href=\"/congress/notices/"
                + olderId + "\"");
        assertThat(TestHttp.signedIn(port, "worker.station").get("/congress/notices/mine").body()).doesNotContain(older);

        String workerName = Scopes.asSystem(() -> members.findById(fixture.memberOf("worker.forest"))).orElseThrow().getName();
        String repName = Scopes.asSystem(() -> members.findById(fixture.memberOf("rep.forest"))).orElseThrow().getName();
        Notice notice = Scopes.asSystem(() -> openAffairs.notice(newerId));
        long workers = openAffairs.readership(notice).workers();
        String unread = cadre.get("/congress/notices/" + newerId + "/unread").body();
        assertThat(unread).contains(Masks.name(repName)).doesNotContain(">" + repName + "<").doesNotContain(">" + workerName + "<");
        Matcher rows = Pattern.compile("<tr><td>").matcher(unread.substring(unread.indexOf("<tbody>")));
        int count = 0;
        while (rows.find()) {
            count++;
        }
        assertThat(count).as("everyone but worker.forest").isEqualTo(workers - 1);
        assertThat(cadre.get("/congress/notices/" + newerId).body()).contains("id=\"unread-link\"");

        TestHttp.Response xlsx = cadre.get("/congress/notices/" + newerId + "/unread.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            List<Row> sheet = book.getFirstSheet().read();
            assertThat(sheet).hasSize(1 + (int) (workers - 1));
            assertThat(sheet.get(0).getCellText(0)).isEqualTo("姓名");
            assertThat(sheet.stream().skip(1).map(r -> r.getCellText(0))).allMatch(n -> n.contains("*"))
                    .doesNotContain(repName);
        }

        assertThat(worker.get("/congress/notices/" + newerId + "/unread").status()).isEqualTo(403);
        assertThat(worker.get("/congress/notices/" + newerId + "/unread.xlsx").status()).isEqualTo(403);
        assertThat(TestHttp.signedIn(port, "cadre.station").get("/congress/notices/" + newerId + "/unread").status())
                .isIn(403, 404);
    }
}
