package org.workershome.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** The newsroom's pages: article form with a picture, legacy import with preview and per-file errors, site blocks. */
@IntegrationTest
class NewsroomPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    Channels channels;

    @Autowired
    Articles articles;

    @Test
    void importPreviewsEachFileThenImportsTheGoodOnes() {
        TestHttp chief = TestHttp.signedIn(port, "chief");
        assertThat(chief.get("/editor/import").status()).isEqualTo(200);
        String title = "林场工会举办职工技能竞赛" + System.nanoTime();
        String good = title + "\n张三\n2020-05-01 08:00:00\n竞赛吸引了三百名职工参加，决出了十名技术能手。\n来源: 职工之家\n编辑: 李四\n";
        TestHttp.Response preview = chief.postMultipart("/editor/import", Map.of(), "files", "good.txt",
                good.getBytes(StandardCharsets.UTF_8), "text/plain");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("good.txt", title, "张三", "2020-05-01T08:00", "李四", "可导入");

        TestHttp.Response bad = chief.postMultipart("/editor/import", Map.of(), "files", "bad.txt",
                "没有时间的一段话".getBytes(StandardCharsets.UTF_8), "text/plain");
        assertThat(bad.body()).contains("bad.txt", "未找到发布时间");

        chief.postMultipart("/editor/import", Map.of(), "files", "good.txt", good.getBytes(StandardCharsets.UTF_8), "text/plain");
        TestHttp.Response done = chief.postForm("/editor/import/confirm",
                Map.of("channelId", String.valueOf(channels.findBySlug("gonghui").orElseThrow().getId())));
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.header("Location")).endsWith("/editor?imported=1");
        Article imported = articles.findAll().stream().filter(a -> a.getTitle().equals(title)).findFirst().orElseThrow();
        assertThat(TestHttp.browser(port).get("/calendar/2020-05-01").body()).contains("/articles/" + imported.getId());
    }

    @Test
    void aNewArticleSentTwiceWithTheTokenOfItsFormIsOneArticle() {
        TestHttp editor = TestHttp.signedIn(port, "editor");
        String token = DeedNominationTest.tokenOf(editor.get("/editor/articles/new").body());
        String title = "点了两次保存的稿件" + System.nanoTime();
        Map<String, String> fields = Map.of("title", title, "body", "<p>正文</p>", "requestToken", token,
                "channelId", String.valueOf(channels.findBySlug("tuhua").orElseThrow().getId()));

        TestHttp.Response first = editor.postForm("/editor/articles", fields);
        TestHttp.Response again = editor.postForm("/editor/articles", fields);

        assertThat(first.status()).as(first.body()).isEqualTo(302);
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(articles.findAll()).filteredOn(a -> a.getTitle().equals(title)).hasSize(1);
    }

    @Test
    void theArticleFormSavesAPictureCheckedByItsContent() throws Exception {
        TestHttp editor = TestHttp.signedIn(port, "editor");
        assertThat(editor.get("/editor").body()).contains("待审稿件");
        assertThat(editor.get("/editor/articles/new").status()).isEqualTo(200);
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(800, 500, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", png);
        String title = "带题图的稿件" + System.nanoTime();
        Map<String, String> fields = Map.of("title", title, "body", "<p>正文</p>",
                "channelId", String.valueOf(channels.findBySlug("tuhua").orElseThrow().getId()));
        TestHttp.Response saved = editor.postMultipart("/editor/articles", fields, "image", "a.png", png.toByteArray(), "image/png");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        Article article = articles.findAll().stream().filter(a -> a.getTitle().equals(title)).findFirst().orElseThrow();
        assertThat(article.getLeadImageId()).isNotNull();
        assertThat(editor.get("/portal-images/" + article.getLeadImageId() + "/thumb").status()).isEqualTo(200);

        String form = editor.get("/editor/articles/" + article.getId()).body();
        assertThat(form).as("the lead picture is offered for the body").contains("class=\"insert-picture\"")
                .contains("/portal-images/" + article.getLeadImageId() + "/large");
        String version = form.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        TestHttp.Response more = editor.postMultipart("/editor/articles/" + article.getId(), Map.of("title", title, "body", "<p>正文</p>",
                "version", version, "channelId", fields.get("channelId")), "pictures", "b.png", png.toByteArray(), "image/png");
        assertThat(more.status()).as(more.body()).isEqualTo(302);
        assertThat(editor.get("/editor/articles/" + article.getId()).body().split("class=\"insert-picture\"", -1))
                .as("a body picture uploaded for the article joins it").hasSize(3);
        TestHttp.Response notPicture = editor.postMultipart("/editor/articles/" + article.getId(), Map.of("title", title,
                "body", "<p>正文</p>", "version", version, "channelId", fields.get("channelId")), "pictures", "x.png",
                "not a picture".getBytes(StandardCharsets.UTF_8), "image/png");
        assertThat(notPicture.status()).isNotEqualTo(302);
        assertThat(notPicture.body()).contains("field-error");

        TestHttp.Response fake = editor.postMultipart("/editor/articles", fields, "image", "fake.png",
                "<script>not a picture</script>".getBytes(StandardCharsets.UTF_8), "image/png");
        assertThat(fake.status()).isNotEqualTo(302);
    }

    @Test
    void chiefEditsLinksAndLeadersAndTheHomePageFollows() {
        TestHttp chief = TestHttp.signedIn(port, "chief");
        String name = "中国气象局" + System.nanoTime();
        assertThat(chief.postForm("/editor/site/links", Map.of("name", name, "url", "https://www.cma.gov.cn/")).status()).isEqualTo(302);
        assertThat(chief.postForm("/editor/site/leaders", Map.of("name", "李明", "title", "测试职务" + name)).status()).isEqualTo(302);
        String home = TestHttp.browser(port).get("/").body();
        assertThat(home).contains(name, "https://www.cma.gov.cn/", "测试职务" + name);
        assertThat(TestHttp.signedIn(port, "editor").get("/editor/site").status()).as("site blocks are the chief's").isEqualTo(403);
    }
}
