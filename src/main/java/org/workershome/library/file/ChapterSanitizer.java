package org.workershome.library.file;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.workershome.core.web.SafeHtml;

/**
 * A chapter's XHTML made safe to show inside our page by core's {@link SafeHtml} rules, element ids kept for the
 * book's own notes. Pictures may only come from this book (rewritten to the checked resource path); links to other
 * chapters become reader links, links out of the book get {@code rel=nofollow noopener}.
 */
public final class ChapterSanitizer {

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
        source.outputSettings(new Document.OutputSettings().prettyPrint(false));
        source.select("link[rel~=(?i)stylesheet][href]").forEach(l -> EpubPaths.resolve(chapterPath, l.attr("href"))
                .map(links::resource).ifPresent(css::add));
        // SVG cover pages hold their picture as <image xlink:href>: keep it as a plain picture
        source.select("image").forEach(img -> {
            String href = img.hasAttr("xlink:href") ? img.attr("xlink:href") : img.attr("href");
            img.replaceWith(new Element("img").attr("src", href));
        });
        return SafeHtml.clean(source.body().html(), new SafeHtml.Links() {
            @Override
            public String picture(String src) {
                return EpubPaths.resolve(chapterPath, src).map(links::resource).orElse(null);
            }

            @Override
            public String link(String href) {
                int hash = href.indexOf('#');
                String fragment = hash >= 0 ? href.substring(hash + 1) : null;
                return EpubPaths.resolve(chapterPath, href).map(p -> links.chapter(p, fragment)).orElse(null);
            }
        }, true);
    }

    /** An entry path as one URL path segment sequence, each segment percent-encoded. */
    public static String encodePath(String entryPath) {
        return String.join("/", java.util.Arrays.stream(entryPath.split("/"))
                .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20")).toList());
    }
}
