package org.workershome.library.file;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * A chapter's XHTML made safe to show inside our page, with the rules of the portal's article sanitiser (the same
 * jsoup safelist: paragraphs, headings, lists, emphasis, quotes, tables, pictures; no script, style, frames or
 * event attributes) — the portal's class is package-private in another module, so the rules are repeated here,
 * not imported. Pictures may only come from this book (rewritten to the checked resource path); links to other
 * chapters become reader links, links out of the book get {@code rel=nofollow noopener}.
 */
public final class ChapterSanitizer {

    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img")
            .addTags("figure", "figcaption", "hr", "section", "aside", "small")
            .addTags("img").addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("a", "rel")
            .addAttributes(":all", "id")
            .preserveRelativeLinks(true);
    private static final String BASE = "https://book.invalid/";

    /** What a chapter's links lead to: an entry of the book for a picture, a chapter index for a link. */
    public interface Links {
        /** Our URL of a picture of the book at this entry path, or null if it may not be shown. */
        String resource(String entryPath);

        /** Our URL of the chapter at this entry path, or null if it is not in the spine. */
        String chapter(String entryPath, String fragment);
    }

    private ChapterSanitizer() {}

    /** The body of the chapter at {@code chapterPath}, safe HTML; stylesheet entries it links are in {@code css}. */
    public static String clean(String xhtml, String chapterPath, Links links, List<String> css) {
        Document source = Jsoup.parse(xhtml);
        source.select("link[rel~=(?i)stylesheet][href]").forEach(l -> EpubPaths.resolve(chapterPath, l.attr("href"))
                .map(links::resource).ifPresent(css::add));
        // SVG cover pages hold their picture as <image xlink:href>: keep it as a plain picture
        source.select("image").forEach(img -> {
            String href = img.hasAttr("xlink:href") ? img.attr("xlink:href") : img.attr("href");
            img.replaceWith(new Element("img").attr("src", href));
        });
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        String cleaned = Jsoup.clean(source.body().html(), BASE, SAFE, output);
        Document doc = Jsoup.parseBodyFragment(cleaned);
        doc.outputSettings(output);
        doc.select("img").forEach(img -> {
            String url = EpubPaths.resolve(chapterPath, img.attr("src")).map(links::resource).orElse(null);
            if (url == null) {
                img.remove();
            } else {
                img.attr("src", url).attr("loading", "lazy");
            }
        });
        doc.select("a[href]").forEach(a -> {
            String href = a.attr("href");
            if (href.startsWith("http://") || href.startsWith("https://")) {
                a.attr("rel", "nofollow noopener");
                return;
            }
            if (href.startsWith("#")) {
                return;
            }
            int hash = href.indexOf('#');
            String fragment = hash >= 0 ? href.substring(hash + 1) : null;
            String url = EpubPaths.resolve(chapterPath, href).map(p -> links.chapter(p, fragment)).orElse(null);
            if (url == null) {
                a.unwrap();
            } else {
                a.attr("href", url);
            }
        });
        return doc.body().html().replace(BASE, "");
    }

    /** An entry path as one URL path segment sequence, each segment percent-encoded. */
    public static String encodePath(String entryPath) {
        return String.join("/", java.util.Arrays.stream(entryPath.split("/"))
                .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20")).toList());
    }
}
