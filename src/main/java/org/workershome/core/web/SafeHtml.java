package org.workershome.core.web;

import java.util.function.UnaryOperator;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Rich text from people (an article, a lesson, a research report) or from files (a book's chapter) made safe to show
 * inside our pages, by one set of rules: paragraphs, headings, lists, emphasis, quotes, tables, figures, links
 * (http/https/mailto/relative) and pictures; script, style, frames, forms and every event attribute (onclick …) go.
 * Pictures only from where the caller allows (its own store), lazily loaded; links out of the site get
 * {@code rel=nofollow noopener}. Applied on every save, so what is stored is always safe to render.
 */
@org.springframework.modulith.NamedInterface("html")
public final class SafeHtml {

    /** Where a text's pictures and relative links may lead. */
    public interface Links {

        /** Our URL for a picture's {@code src}, or null to drop the picture. */
        String picture(String src);

        /** Our URL for a relative link (not {@code #…}, not http/https), or null to keep only its text. */
        default String link(String href) {
            return href;
        }
    }

    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img")
            .addTags("figure", "figcaption", "hr", "section", "aside", "small")
            .addTags("img").addAttributes("img", "src", "alt", "width", "height", "loading")
            .addAttributes("a", "rel")
            .preserveRelativeLinks(true);
    /** Books link their own notes by element id; people's texts may not set ids (they would clash with the page's). */
    private static final Safelist SAFE_WITH_ANCHORS = Safelist.relaxed()
            .removeTags("img")
            .addTags("figure", "figcaption", "hr", "section", "aside", "small")
            .addTags("img").addAttributes("img", "src", "alt", "width", "height", "loading")
            .addAttributes("a", "rel")
            .addAttributes(":all", "id")
            .preserveRelativeLinks(true);
    private static final String BASE = "https://safe.invalid";

    private SafeHtml() {
    }

    /** A person's rich text: pictures where {@code pictures} allows them, relative links kept. */
    public static String clean(String html, UnaryOperator<String> pictures) {
        return clean(html, pictures::apply, false);
    }

    /** Rich text with pictures and relative links rewritten by {@code links}; {@code anchors} keeps element ids. */
    public static String clean(String html, Links links, boolean anchors) {
        if (html == null) {
            return "";
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        Document source = Jsoup.parseBodyFragment(html, BASE);
        source.outputSettings(output);
        for (Element img : source.select("img")) {
            String url = links.picture(img.attr("src"));
            if (url == null) {
                img.remove();
            } else {
                img.attr("src", url).attr("loading", "lazy");
            }
        }
        for (Element a : source.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("http://") || href.startsWith("https://")) {
                a.attr("rel", "nofollow noopener");
            } else if (!href.startsWith("#") && !href.startsWith("mailto:")) {
                String url = links.link(href);
                if (url == null) {
                    a.unwrap();
                } else {
                    a.attr("href", url);
                }
            }
        }
        String cleaned = Jsoup.clean(source.body().html(), BASE, anchors ? SAFE_WITH_ANCHORS : SAFE, output);
        return cleaned.replace(BASE, "");
    }

    /** Plain text (a textarea, an imported legacy text) as escaped paragraphs, one per line. */
    public static String fromText(String text) {
        StringBuilder html = new StringBuilder();
        for (String line : (text == null ? "" : text).split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                html.append("<p>").append(Entities.escape(t)).append("</p>");
            }
        }
        return html.toString();
    }
}
