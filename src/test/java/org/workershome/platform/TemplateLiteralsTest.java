package org.workershome.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Chinese text written straight into a template shows in the English pages too. Chinese in a template is only
 * the natural-template preview that a {@code th:text} (or similar) replaces, or marked {@code lang="zh-CN"}.
 */
class TemplateLiteralsTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern INLINE = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]");
    /** Attributes people read; each has a th: twin that replaces it. */
    private static final List<String> READ_ATTRIBUTES = List.of("placeholder", "title", "aria-label", "alt", "value", "content", "label");

    @Test
    void noChineseTextOutsideWhatThymeleafReplaces() throws IOException {
        List<String> literals = new ArrayList<>();
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        assertThat(templates).isNotEmpty();
        for (Resource template : templates) {
            String name = template.getURL().getPath().replaceFirst(".*/templates/", "");
            Document doc = Jsoup.parse(template.getContentAsString(StandardCharsets.UTF_8), "", Parser.htmlParser());
            for (Element element : doc.getAllElements()) {
                if (replaced(element)) {
                    continue;
                }
                String own = INLINE.matcher(element.ownText()).replaceAll("");
                if (HAN.matcher(own).find()) {
                    literals.add(name + ": <" + element.tagName() + "> " + own.strip());
                }
                for (Attribute attribute : element.attributes()) {
                    if (READ_ATTRIBUTES.contains(attribute.getKey()) && HAN.matcher(attribute.getValue()).find()
                            && !element.hasAttr("th:" + attribute.getKey()) && !element.hasAttr("th:attr")) {
                        literals.add(name + ": <" + element.tagName() + " " + attribute.getKey() + "> " + attribute.getValue());
                    }
                }
            }
        }
        assertThat(literals).as("Chinese literals that English pages would show").isEmpty();
    }

    /**
     * Thymeleaf replaces the body of this element or of one around it, or the text is meant to be Chinese. A page's
     * {@code <html th:replace="~{layout :: page(…, ~{::section})}">} hands its own body to the layout, so it counts.
     */
    private static boolean replaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            boolean fragmentCall = (e.hasAttr("th:replace") || e.hasAttr("th:insert")) && !e.tagName().equals("html");
            if (e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:errors") || fragmentCall || e.hasAttr("th:remove")
                    || e.attr("lang").startsWith("zh")) {
                return true;
            }
        }
        return false;
    }
}
