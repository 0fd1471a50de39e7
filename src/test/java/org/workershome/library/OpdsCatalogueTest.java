package org.workershome.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;

/** A reader app's walk through the OPDS catalogue, parsed with Rome (a real Atom parser), following the links. */
@IntegrationTest
class OpdsCatalogueTest {

    @LocalServerPort int port;

    private TestHttp.Response get(String path, String username) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + TestHttp.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return TestHttp.anonymousApi(port).getWithHeader(path, "Authorization", "Basic " + basic);
    }

    private static SyndFeed parse(TestHttp.Response response) throws Exception {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return new SyndFeedInput().build(new StringReader(response.body()));
    }

    private static String link(List<SyndLink> links, String rel) {
        return links.stream().filter(l -> rel.equals(l.getRel())).map(SyndLink::getHref).findFirst().orElse(null);
    }

    @Test
    void aReaderAppBrowsesNavigationAcquisitionAndSearchAndDownloadsABook() throws Exception {
        TestHttp.Response rootResponse = get("/opds", "worker.station");
        assertThat(rootResponse.header("Content-Type")).startsWith("application/atom+xml;profile=opds-catalog;kind=navigation");
        SyndFeed root = parse(rootResponse);
        assertThat(root.getFeedType()).isEqualTo("atom_1.0");
        assertThat(link(root.getLinks(), "search")).isEqualTo("/opds/search.xml");
        assertThat(root.getEntries()).hasSize(7);
        SyndEntry arrivals = root.getEntries().get(0);
        String newest = link(arrivals.getLinks(), "subsection");
        assertThat(newest).isEqualTo("/opds/new");

        SyndFeed books = parse(get(newest, "worker.station"));
        List<String> titles = books.getEntries().stream().map(SyndEntry::getTitle).toList();
        assertThat(titles).contains("生态文明建设读本", "高原台站职工健康指南").doesNotContain("林区护林员技能读本");
        SyndEntry ecology = books.getEntries().stream().filter(e -> e.getTitle().equals("生态文明建设读本")).findFirst().orElseThrow();
        assertThat(ecology.getAuthors().get(0).getName()).isEqualTo("中国农林水利气象工会宣传教育部");
        SyndLink acquisition = ecology.getLinks().stream()
                .filter(l -> "http://opds-spec.org/acquisition".equals(l.getRel())).findFirst().orElseThrow();
        assertThat(acquisition.getType()).isEqualTo("application/epub+zip");
        TestHttp.Response file = get(acquisition.getHref(), "worker.station");
        assertThat(file.status()).isEqualTo(200);
        assertThat(new String(file.bytes(), 30, 28, StandardCharsets.US_ASCII)).contains("mimetypeapplication/epub+zip");
        String cover = link(ecology.getLinks(), "http://opds-spec.org/image/thumbnail");
        assertThat(get(cover, "worker.station").header("Content-Type")).isEqualTo("image/png");

        SyndEntry category = root.getEntries().stream().filter(e -> e.getTitle().equals("法律维权")).findFirst().orElseThrow();
        SyndFeed law = parse(get(link(category.getLinks(), "subsection"), "worker.station"));
        assertThat(law.getEntries()).extracting(SyndEntry::getTitle).contains("劳动法律维权手册").doesNotContain("生态文明建设读本");

        String description = get("/opds/search.xml", "worker.station").body();
        assertThat(description).contains("OpenSearchDescription", "template=\"/opds/search?q={searchTerms}\"");
        SyndFeed found = parse(get("/opds/search?q=" + java.net.URLEncoder.encode("绿水青山", StandardCharsets.UTF_8), "worker.station"));
        assertThat(found.getEntries()).extracting(SyndEntry::getTitle).containsExactly("生态文明建设读本");
    }

    @Test
    void theCatalogueAsksForBasicCredentialsAndKeepsToTheAccountsOrgs() throws Exception {
        TestHttp.Response anonymous = TestHttp.anonymousApi(port).get("/opds");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(get("/opds", "worker.station").header("Set-Cookie")).as("stateless").isNull();
        SyndFeed forest = parse(get("/opds/new", "worker.forest"));
        assertThat(forest.getEntries()).extracting(SyndEntry::getTitle).contains("林区护林员技能读本")
                .doesNotContain("高原台站职工健康指南");
        assertThat(TestHttp.anonymousApi(port).getWithHeader("/opds", "Authorization",
                "Basic " + Base64.getEncoder().encodeToString("worker.station:wrong".getBytes(StandardCharsets.UTF_8))).status())
                .isEqualTo(401);
    }
}
