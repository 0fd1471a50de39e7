package org.workershome.homes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;
import org.workershome.support.Workbooks;

/** The registry in Excel: the homes of the reader's scope with their facilities and the stars of their evaluation. */
@IntegrationTest
class HomeExportTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theRegistryCarriesFacilitiesAndStarsOfTheReadersScopeOnly() {
        int year = jdbc.queryForObject("select stars_year from homes_home where name = '红星林场职工之家'", Integer.class);
        String heilongjiang = Workbooks.text(TestHttp.signedIn(port, "cadre.province").get("/homes/export.xlsx").bytes());
        String forest = Arrays.stream(heilongjiang.split("\n")).filter(l -> l.contains("红星林场职工之家")).findFirst()
                .orElseThrow();
        assertThat(forest).contains("伊春红星林场工会").contains("职工书屋").contains("健身房")
                .contains("2023 屋顶光伏板").matches(".*\\t4(\\.0)?\\t" + year + "(\\.0)?$");
        assertThat(heilongjiang.split("\n")[0]).contains("名称").contains("星级").contains("评定年度");
        assertThat(heilongjiang).doesNotContain("玛多气象站职工之家");

        String qinghai = Workbooks.text(TestHttp.signedIn(port, "cadre.qinghai").get("/homes/export.xlsx").bytes());
        assertThat(qinghai).contains("玛多气象站职工之家").doesNotContain("红星林场职工之家");
        String station = Arrays.stream(qinghai.split("\n")).filter(l -> l.contains("玛多气象站职工之家")).findFirst()
                .orElseThrow();
        assertThat(station).as("submitted, not yet approved: no stars").doesNotMatch(".*\\t[1-5](\\.0)?\\t" + year + ".*");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'HOMES_REGISTRY_EXPORT'", Long.class))
                .isGreaterThanOrEqualTo(2);
    }
}
