package org.workershome.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workershome.hardship.HardshipFixtures.*;

import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** The notice period counts working days of the union's calendar; the 低保线 is configurable per region. */
@IntegrationTest
class HardshipCalendarTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired HardshipFileManagement management;

    @Test
    void aNoticeStartedBeforeNationalDayRunsPastTheHolidayAndCountsTheMakeUpSaturday() {
        // 9-30 (Wed): 10-1..10-7 are holidays, 10-10 (Sat) is a make-up working day:
        // 10-8, 10-9, 10-10, 10-12, 10-13 are the five working days.
        assertThat(management.noticeEnd(OffsetDateTime.parse("2026-09-30T10:00:00+08:00").toInstant()))
                .isEqualTo(OffsetDateTime.parse("2026-10-13T23:59:59+08:00").toInstant());
        // an ordinary week: Monday + 5 working days is the next Monday
        assertThat(management.noticeEnd(OffsetDateTime.parse("2026-11-02T09:00:00+08:00").toInstant()))
                .isEqualTo(OffsetDateTime.parse("2026-11-09T23:59:59+08:00").toInstant());
    }

    @Test
    void theEligibilityHintFollowsTheRegionsConfigurableLine() {
        TestHttp admin = TestHttp.api(port, "admin");
        long county = newOrg(admin, orgId(jdbc, QINGHAI), "GRASSROOTS", "632627");
        TestHttp.Response set = admin.sendJson("PUT", "/api/v1/hardship-poverty-lines/632627",
                Map.of("name", "测试县", "monthlyLine", "600.00"), Map.of());
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        long first = newMember(admin, county, "632627");
        var above = apply(admin, application(first, idNumber("632627"), phone()));
        assertThat(above.get("belowPovertyLine").asBoolean()).as("612.50 against 600").isFalse();
        assertThat(above.get("povertyLine").decimalValue()).isEqualByComparingTo("600.00");

        admin.sendJson("PUT", "/api/v1/hardship-poverty-lines/632627", Map.of("name", "测试县", "monthlyLine", "700"), Map.of());
        long second = newMember(admin, county, "632627");
        assertThat(apply(admin, application(second, idNumber("632627"), phone())).get("belowPovertyLine").asBoolean())
                .isTrue();

        assertThat(TestHttp.api(port, "cadre.province").sendJson("PUT", "/api/v1/hardship-poverty-lines/632627",
                Map.of("monthlyLine", "1"), Map.of()).status()).as("Heilongjiang does not set Qinghai's line").isEqualTo(403);
        assertThat(TestHttp.api(port, "cadre.province").sendJson("PUT", "/api/v1/hardship-poverty-lines/230718",
                Map.of("name", "伊春", "monthlyLine", "706"), Map.of()).status()).isEqualTo(200);
        TestHttp.Response worker = TestHttp.api(port, "worker.station").sendJson("PUT",
                "/api/v1/hardship-poverty-lines/632627", Map.of("monthlyLine", "1"), Map.of());
        assertThat(worker.status()).isEqualTo(403);
        assertThat(worker.body()).as("a missing permission is not called a matter of data scope")
                .contains("您没有执行此操作的权限").doesNotContain("数据范围");
    }
}
