package org.workershome.core.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** Rules the service checks come back on the page through core.form.Forms, in the page's language, nothing written. */
@IntegrationTest
class OrgFormErrorsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void closingAnOrgWithMembersShowsTheConflictAndKeepsItOpen() {
        Long forest = jdbc.queryForObject("select id from org where name = ?", Long.class, OrgApiTest.FOREST);
        TestHttp admin = TestHttp.signedIn(port, "admin");
        TestHttp.Response refused = admin.postForm("/orgs/" + forest + "/close", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("名在册会员，请先转移会员").doesNotContain("提交的内容有误");
        assertThat(jdbc.queryForObject("select status from org where id = ?", String.class, forest)).isEqualTo("ACTIVE");
        assertThat(admin.postForm("/orgs/" + forest + "/close?lang=en", Map.of()).body())
                .doesNotContain("名在册会员");
    }

    @Test
    void fieldErrorsOfBeanValidationAreInTheChosenLanguage() {
        Long national = jdbc.queryForObject("select id from org where name = ?", Long.class, OrgApiTest.NATIONAL);
        TestHttp admin = TestHttp.signedIn(port, "admin");
        admin.get("/orgs?lang=en");
        TestHttp.Response response = admin.postForm("/orgs", Map.of("parentId", String.valueOf(national), "name", "",
                "type", "CITY", "regionCode", "12ab"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("class=\"field-error\"").doesNotContain("请填写组织名称");
        admin.get("/orgs?lang=zh-CN");
    }
}
