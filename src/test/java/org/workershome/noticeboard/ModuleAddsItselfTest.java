package org.workershome.noticeboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.core.module.Modules;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The notice board, a module of the tests only, is part of the platform though core names it nowhere. */
@IntegrationTest
class ModuleAddsItselfTest {

    @LocalServerPort
    int port;

    @Autowired
    Modules modules;

    @Test
    void itsEntryPermissionBundleAndPagesWorkForTheRolesItGrants() {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        TestHttp.Response me = cadre.get("/me");
        assertThat(me.body()).contains("href=\"/noticeboard\"").contains(">公告板<").contains("您有 3 条新公告");
        TestHttp.Response board = cadre.get("/noticeboard");
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.body()).contains("本周停水通知");
        assertThat(cadre.get("/noticeboard?lang=en").body()).contains("Water cut this week").contains(">Notice board<");
        assertThat(modules.of(org.workershome.core.account.Role.CADRE)).contains(NoticeBoardModule.READ);
        assertThat(modules.of(org.workershome.core.account.Role.WORKER)).doesNotContain(NoticeBoardModule.READ);
    }

    @Test
    void aRoleWithoutItsPermissionNeitherSeesNorOpensIt() {
        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        TestHttp.Response me = worker.get("/me");
        assertThat(me.body()).doesNotContain("href=\"/noticeboard\"").contains("您有 3 条新公告");
        assertThat(worker.get("/noticeboard").status()).isEqualTo(403);
    }

    @Test
    void itsPublicPageOpensWithoutSignIn() {
        TestHttp anonymous = TestHttp.browser(port);
        TestHttp.Response page = anonymous.get("/noticeboard/public");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("公开公告");
        assertThat(anonymous.get("/noticeboard").status()).as("the board itself needs sign-in").isEqualTo(302);
    }

    @Test
    void coreNamesNoModule() {
        noClasses().that().resideInAPackage("org.workershome.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.workershome.noticeboard..",
                        "org.workershome.appeals..", "org.workershome.portal..", "org.workershome.hardship..",
                        "org.workershome.congress..")
                .check(new ClassFileImporter().importPackages("org.workershome"));
    }
}
