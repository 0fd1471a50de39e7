package org.workershome.portal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Reads a legacy article page saved as text or HTML (like the seed page of 中工网): the title, optional kicker
 * (the topic line above the title), author, time, a lead box starting with ●, body paragraphs, 来源 and 编辑.
 * Site chrome before the title and after 编辑 is left out. Problems are reported as message keys.
 */
public record LegacyArticle(String fileName, String kicker, String title, String author, LocalDateTime publishedAt,
        String leadBox, String body, String source, String editorName, List<String> errors) implements java.io.Serializable {

    private static final Pattern TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}(?::\\d{2})?)$");
    private static final Pattern SOURCE = Pattern.compile("^来源[:：]\\s*(.+)$");
    private static final Pattern EDITOR = Pattern.compile("^(?:责任)?编辑[:：]\\s*(.+)$");
    private static final Pattern AUTHOR = Pattern.compile("^(?:作者[:：])?\\s*(\\S{2,12})$");

    public boolean ok() {
        return errors.isEmpty();
    }

    static LegacyArticle parse(String fileName, byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        String lower = fileName == null ? "" : fileName.toLowerCase();
        boolean html = lower.endsWith(".html") || lower.endsWith(".htm") || text.stripLeading().startsWith("<");
        return parseLines(fileName, html ? linesOfHtml(text) : List.of(text.split("\\R")));
    }

    private static List<String> linesOfHtml(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, nav, noscript").remove();
        List<String> lines = new ArrayList<>();
        String title = doc.title();
        if (!title.isBlank()) {
            lines.add(title);
        }
        for (Element el : doc.body().select("h1, h2, h3, h4, p, div:not(:has(div,p,h1,h2,h3,h4,li)), li, span.time, time")) {
            String t = el.text().strip();
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }
        return lines;
    }

    static LegacyArticle parseLines(String fileName, List<String> raw) {
        List<String> lines = raw.stream().map(l -> l.replace('\u00a0', ' ').strip()).toList();
        List<String> errors = new ArrayList<>();
        int timeAt = -1;
        LocalDateTime time = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = TIME.matcher(lines.get(i));
            if (m.matches()) {
                timeAt = i;
                String clock = m.group(2).length() == 5 ? m.group(2) + ":00" : m.group(2);
                time = LocalDateTime.parse(m.group(1) + " " + clock, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
                break;
            }
        }
        if (timeAt < 0) {
            errors.add("portal.import.error.time");
            return new LegacyArticle(fileName, null, null, null, null, null, null, null, null, errors);
        }
        List<String> before = new ArrayList<>();
        for (int i = 0; i < timeAt; i++) {
            if (!lines.get(i).isEmpty()) {
                before.add(lines.get(i));
            }
        }
        String author = null;
        String title = null;
        String kicker = null;
        int k = before.size() - 1;
        if (k >= 0 && AUTHOR.matcher(before.get(k)).matches() && before.size() >= 2) {
            Matcher am = AUTHOR.matcher(before.get(k));
            am.matches();
            author = am.group(1);
            k--;
        }
        if (k >= 0) {
            title = before.get(k);
            k--;
        }
        if (k >= 0 && before.get(k).length() >= 8 && !before.get(k).contains(" ")) {
            kicker = before.get(k);
        }
        String source = null;
        String editor = null;
        String leadBox = null;
        StringBuilder body = new StringBuilder();
        boolean inLead = false;
        for (int i = timeAt + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            Matcher sm = SOURCE.matcher(line);
            if (sm.matches()) {
                source = sm.group(1).strip();
                continue;
            }
            Matcher em = EDITOR.matcher(line);
            if (em.matches()) {
                editor = em.group(1).strip();
                break;
            }
            if (source != null) {
                continue;
            }
            if (line.startsWith("●")) {
                leadBox = line.substring(1).strip();
                inLead = true;
                continue;
            }
            if (inLead) {
                leadBox = leadBox + "\n" + line;
                inLead = false;
                continue;
            }
            boolean heading = line.length() <= 40 && !line.matches(".*[。！？；：:）)]$") && !line.startsWith("(")
                    && !line.startsWith("（");
            String tag = heading ? "h3" : "p";
            body.append('<').append(tag).append('>').append(Entities.escape(line)).append("</").append(tag).append('>');
        }
        if (title == null || title.isBlank()) {
            errors.add("portal.import.error.title");
        }
        if (body.isEmpty()) {
            errors.add("portal.import.error.body");
        }
        return new LegacyArticle(fileName, kicker, title, author, time, leadBox, body.toString(), source, editor, errors);
    }
}
