package org.workershome.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.workershome.library.file.ChapterSanitizer;
import org.workershome.library.file.EpubPaths;

/** Paths inside a book never leave it (no zip-slip), and a chapter shown in our page carries no script. */
class EpubPathsTest {

    @Test
    void resolvesRelativeHrefsInsideTheContainer() {
        assertThat(EpubPaths.resolve("OEBPS/text/ch1.xhtml", "../images/a.png")).contains("OEBPS/images/a.png");
        assertThat(EpubPaths.resolve("OEBPS/text/ch1.xhtml", "ch2.xhtml#s1")).contains("OEBPS/text/ch2.xhtml");
        assertThat(EpubPaths.resolve("OEBPS/content.opf", "text/%E7%AC%AC1.xhtml")).contains("OEBPS/text/第1.xhtml");
        assertThat(EpubPaths.resolve("content.opf", "./a/./b.xhtml")).contains("a/b.xhtml");
    }

    @Test
    void refusesPathsThatClimbOutAreAbsoluteOrNameAScheme() {
        assertThat(EpubPaths.resolve("OEBPS/text/ch1.xhtml", "../../../etc/passwd")).isEmpty();
        assertThat(EpubPaths.resolve("OEBPS/ch1.xhtml", "%2e%2e/%2e%2e/secret")).isEmpty();
        assertThat(EpubPaths.resolve("OEBPS/ch1.xhtml", "/etc/passwd")).isEmpty();
        assertThat(EpubPaths.resolve("OEBPS/ch1.xhtml", "..\\..\\win.ini")).isEmpty();
        assertThat(EpubPaths.resolve("OEBPS/ch1.xhtml", "file:///etc/passwd")).isEmpty();
        assertThat(EpubPaths.resolve("OEBPS/ch1.xhtml", "http://evil.example/x.png")).isEmpty();
        assertThat(EpubPaths.normalise("a/../../b")).isEmpty();
        assertThat(EpubPaths.normalise("a/b/../c")).contains("a/c");
    }

    @Test
    void aChapterKeepsItsTextLosesScriptsAndShowsOnlyThisBooksPictures() {
        String xhtml = """
                <html><head><link rel="stylesheet" href="../style.css"/><script>alert(1)</script></head>
                <body onload="alert(2)"><h2>第一章</h2><p style="color:red" onclick="x()">正文</p>
                <img src="../images/a.png" alt="图"/><img src="http://evil.example/t.png"/>
                <a href="ch2.xhtml#n">下一章</a><a href="javascript:alert(3)">坏</a><iframe src="x"></iframe></body></html>""";
        List<String> css = new ArrayList<>();
        String html = ChapterSanitizer.clean(xhtml, "OEBPS/text/ch1.xhtml", new ChapterSanitizer.Links() {
            @Override public String resource(String path) { return path.startsWith("OEBPS/") ? "/r/" + path : null; }
            @Override public String chapter(String path, String fragment) {
                return path.equals("OEBPS/text/ch2.xhtml") ? "/read?part=1#" + fragment : null;
            }
        }, css);
        assertThat(html).contains("<h2>第一章</h2>", "正文", "src=\"/r/OEBPS/images/a.png\"", "href=\"/read?part=1#n\"")
                .doesNotContain("script", "alert", "onclick", "onload", "style=", "evil.example", "iframe", "javascript");
        assertThat(css).containsExactly("/r/OEBPS/style.css");
    }
}
