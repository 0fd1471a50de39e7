package org.workershome.portal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Article bodies keep a small safe subset of HTML: paragraphs, headings, lists, emphasis, quotes, tables, links
 * (http/https/relative, rel=nofollow) and images from our own upload path. Script, style, iframes and every
 * event attribute (onclick …) are dropped. Applied on every save, so the stored body is always safe to render.
 */
final class HtmlSanitizer {

    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img")
            .addTags("figure", "figcaption", "hr")
            .addTags("img").addAttributes("img", "src", "alt", "width", "height", "loading")
            .addAttributes("a", "rel")
            .preserveRelativeLinks(true);

    private HtmlSanitizer() {
    }

    static String clean(String html) {
        if (html == null) {
            return "";
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        String cleaned = Jsoup.clean(html, "https://portal.invalid", SAFE, output);
        Document doc = Jsoup.parseBodyFragment(cleaned);
        doc.outputSettings(output);
        // images only from our own store; lazy by default
        doc.select("img").forEach(img -> {
            String src = img.attr("src");
            if (!src.startsWith("/portal-images/")) {
                img.remove();
            } else {
                img.attr("loading", "lazy");
            }
        });
        doc.select("a[href]").forEach(a -> {
            if (a.attr("href").startsWith("http")) {
                a.attr("rel", "nofollow noopener");
            }
        });
        return doc.body().html().replace("https://portal.invalid", "");
    }

    /** Plain text as paragraphs (imported legacy text, or a plain textarea) to safe HTML. */
    static String fromText(String text) {
        StringBuilder html = new StringBuilder();
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                html.append("<p>").append(org.jsoup.nodes.Entities.escape(t)).append("</p>");
            }
        }
        return html.toString();
    }
}
