package org.workershome.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/**
 * Every page a demo account can reach by following links, in Chinese and in English: no server error, no
 * broken link, no unresolved message key, no stack trace, the right {@code <html lang>}, and in English no
 * Chinese left in the page's own words (navigation, headings, buttons, labels, table heads). Content that
 * people typed (articles, org names, channel names) may stay Chinese.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EveryPageTest {

    /** Pages per account and language: enough to reach every kind of page, small enough for a quick suite. */
    private static final int MAX_PAGES = 200;

    private static final Pattern UNRESOLVED_KEY = Pattern.compile("\\?\\?[\\w.\\-]+_\\w+\\?\\?");
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat (?:org|java|jakarta|com|sun)\\.[\\w.$]+\\(|\\b[a-z]+(?:\\.[a-z0-9]+)+\\.[A-Z]\\w*(?:Exception|Error)\\b"
                    + "|Whitelabel Error Page|\\b\\w+Exception\\b");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern CHINESE_DATE = Pattern.compile("\\d{4}年\\d{1,2}月(\\d{1,2}日)?.*");
    /** Downloads and files: not pages. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            ".*(\\.xlsx|\\.xml|\\.svg|\\.png|\\.jpg|\\.pdf|/attachments/.*|/portal-images/.*|/webjars/.*|/css/.*|/js/.*|/img/.*)$");
    /**
     * The page's own words, never typed by people; {@code .who} is the signed-in person and their org,
     * {@code nav.ch} the editable channels.
     */
    private static final String CHROME = "header, nav, footer, button, label, th, legend, summary, caption, a.button";
    /** Headings often are what people typed (an article's or org's name): Chinese there only if it is the page's own. */
    private static final String HEADINGS = "h1, h2, h3, h4, title";
    private static final Set<String> CHINESE_TEXTS = chineseTexts();

    /**
     * Pages reached otherwise than by a link: the sign-in page of a sitting through its QR code, the API
     * documentation (from the operations guide), the application's own error page; and a resolution, which
     * the ballot page links to once a ballot passed (the demo has none); the live ranking fragment.
     */
    private static final Set<String> UNLINKED = Set.of("/congress/sessions/{}/sign-in", "/swagger-ui.html", "/error",
            "/congress/resolutions/{}",
            // the live ranking's table, which the ranking page fetches with htmx while a final runs (the demo's is over)
            "/competitions/{}/ranking/live",
            // a converted motion's link to the suggestion it became, a redirect (the demo converts no motion)
            "/suggestions/from-motion/{}",
            // training: the sign-in link of a session's QR code; a lesson's video, played inside the lesson's page; the
            // paper of an attempt, reached by starting one (a form)
            "/training/sessions/{}/check", "/training/courses/{}/lessons/{}/file", "/training/attempts/{}");
    /** The kinds of page the walks reached, for the check that nothing is left unlinked. */
    private static final Set<String> REACHED = ConcurrentHashMap.newKeySet();

    @LocalServerPort
    int port;

    static Stream<Arguments> visitors() {
        List<Arguments> all = new ArrayList<>();
        // the English walk reads the same data and only checks words: the PostgreSQL pass walks in Chinese only
        boolean postgres = "postgres".equals(System.getProperty("test.db"));
        for (String lang : postgres ? List.of("zh-CN") : List.of("zh-CN", "en")) {
            for (String account : List.of("", "admin", "editor", "chief", "cadre.province", "cadre.forest",
                    "worker.forest", "rep.forest", "cadre.qinghai", "cadre.station", "worker.station", "judge.a",
                    "librarian", "mediator")) {
                all.add(Arguments.of(account.isEmpty() ? "anonymous" : account, lang));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @Order(1)
    @MethodSource("visitors")
    void everyLinkedPageIsWholeAndInTheRightLanguage(String account, String lang) {
        boolean anonymous = account.equals("anonymous");
        TestHttp http = anonymous ? TestHttp.browser(port) : TestHttp.signedIn(port, account);
        http.get("/?lang=" + lang); // the language sticks in a cookie from here on

        Deque<String> queue = new ArrayDeque<>(anonymous ? List.of("/", "/login", "/appeals/track") : List.of("/", "/me"));
        Set<String> seen = new HashSet<>();
        queue.forEach(path -> seen.add(pattern(path)));
        Map<String, String> linkedFrom = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int visited = 0;
        while (!queue.isEmpty() && visited < MAX_PAGES) {
            String path = queue.poll();
            visited++;
            TestHttp.Response response = http.getWithHeader(path, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
            int status = response.status();
            if (status >= 300 && status < 400) {
                String location = response.header("Location");
                String target = location == null ? null
                        : sameSite(path, location.replaceFirst("^http://127\\.0\\.0\\.1:" + port, ""));
                if (target != null && seen.add(pattern(target))) {
                    queue.add(target);
                }
                continue;
            }
            if (status >= 400) {
                problems.add(status + " " + path + " (linked from " + linkedFrom.get(path) + ")");
                continue;
            }
            String type = response.header("Content-Type");
            if (type == null || !type.startsWith("text/html")) {
                continue;
            }
            String body = response.body();
            check(path, body, lang, problems);
            Document page = Jsoup.parse(body);
            List<String> targets = new ArrayList<>();
            page.select("a[href]").forEach(link -> targets.add(sameSite(path, link.attr("href"))));
            page.select("form").forEach(form -> targets.add(searchOf(path, form)));
            for (String target : targets) {
                if (target != null && seen.add(pattern(target))) {
                    queue.add(target);
                    linkedFrom.put(target, path);
                }
            }
        }
        REACHED.addAll(seen);
        assertThat(visited).as("pages visited").isGreaterThan(anonymous ? 3 : 5);
        assertThat(queue).as("pages left unvisited at the cap of %d", MAX_PAGES).isEmpty();
        assertThat(problems).as("problems on the pages of %s in %s", account, lang).isEmpty();
    }

    private static void check(String path, String body, String lang, List<String> problems) {
        var key = UNRESOLVED_KEY.matcher(body);
        if (key.find()) {
            problems.add(path + ": unresolved message " + key.group());
        }
        var trace = STACK_TRACE.matcher(body);
        if (trace.find()) {
            problems.add(path + ": internals shown: " + trace.group());
        }
        Document page = Jsoup.parse(body);
        String htmlLang = page.selectFirst("html").attr("lang");
        if (!htmlLang.equals(lang)) {
            problems.add(path + ": <html lang=\"" + htmlLang + "\">");
        }
        if (lang.equals("en")) {
            page.select(".who, nav.ch, [lang^=zh]").remove();
            Set<String> chinese = new TreeSet<>();
            for (Element element : page.select(CHROME)) {
                String text = element.ownText();
                if (HAN.matcher(text).find()) {
                    chinese.add(element.tagName() + ": " + text);
                }
            }
            for (Element input : page.select("input[placeholder], textarea[placeholder], input[type=submit][value]")) {
                String text = input.attr("placeholder") + input.attr("value");
                if (HAN.matcher(text).find()) {
                    chinese.add(input.tagName() + ": " + text);
                }
            }
            for (Element value : page.select("dd, td, time")) {
                if (CHINESE_DATE.matcher(value.ownText().strip()).matches()) {
                    chinese.add(value.tagName() + ": " + value.ownText());
                }
            }
            for (Element heading : page.select(HEADINGS)) {
                for (String part : heading.text().split(" · ")) {
                    if (CHINESE_TEXTS.contains(part.strip())) {
                        chinese.add(heading.tagName() + ": " + part);
                    }
                }
            }
            if (!chinese.isEmpty()) {
                problems.add(path + ": Chinese in English chrome " + chinese);
            }
        }
    }

    /**
     * A page that no link leads to is a page nobody finds. Runs after the walks above and compares the kinds of
     * pages they reached with every page the application serves.
     */
    @Test
    @Order(2)
    void everyPageIsLinkedFromSomewhere(@Autowired ApplicationContext context) {
        Assumptions.assumeFalse(REACHED.isEmpty(), "runs after the walks");
        Set<String> reached = new TreeSet<>();
        REACHED.forEach(kind -> reached.add(kind.replaceFirst("\\?.*", "")));
        Set<String> orphans = new TreeSet<>();
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        mapping.getHandlerMethods().forEach((info, method) -> {
            boolean get = info.getMethodsCondition().getMethods().isEmpty()
                    || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
            boolean page = info.getProducesCondition().getProducibleMediaTypes().stream()
                    .allMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML));
            if (!get || !page || method.getBeanType().isAnnotationPresent(RestController.class)
                    || method.hasMethodAnnotation(ResponseBody.class)) {
                return;
            }
            for (String path : info.getPatternValues()) {
                String kind = path.replaceAll("\\{[^/]*}", "{}");
                if (!reached.contains(kind) && !NOT_A_PAGE.matcher(path).matches() && !UNLINKED.contains(kind)) {
                    orphans.add(kind);
                }
            }
        });
        assertThat(orphans).as("pages no link leads to (reached: %s)", reached).isEmpty();
    }

    /** A search or filter form submitted as it stands, or null if it is not a GET form of this site. */
    private static String searchOf(String from, Element form) {
        if (!form.attr("method").isEmpty() && !form.attr("method").equalsIgnoreCase("get")) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        for (Element field : form.select("input[name], select[name]")) {
            String type = field.attr("type");
            if (type.equals("checkbox") || type.equals("radio") || type.equals("submit")) {
                continue;
            }
            Element selected = field.tagName().equals("select") ? field.selectFirst("option[selected]") : null;
            String value = field.tagName().equals("select") ? (selected == null ? "" : selected.attr("value")) : field.attr("value");
            fields.add(field.attr("name") + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        String action = form.attr("action").isEmpty() ? from.replaceFirst("\\?.*", "") : form.attr("action");
        return sameSite(from, fields.isEmpty() ? action : action + "?" + String.join("&", fields));
    }

    /** Every Chinese text of the default bundles, and the pieces between its arguments. */
    private static Set<String> chineseTexts() {
        Set<String> texts = new HashSet<>();
        try {
            for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
                if (bundle.getFilename().contains("_")) {
                    continue;
                }
                Properties properties = new Properties();
                try (var reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                for (String value : properties.stringPropertyNames().stream().map(properties::getProperty).toList()) {
                    for (String piece : value.split("\\{[^}]*}")) {
                        if (HAN.matcher(piece).find() && piece.strip().length() > 1) {
                            texts.add(piece.strip());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /** The path and query of a link to this site, or null for other sites, logout, language switches and files. */
    private static String sameSite(String from, String href) {
        if (href.isBlank() || href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("tel:")
                || href.startsWith("javascript:")) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create("http://site" + from).resolve(href.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!"site".equals(uri.getHost()) || uri.getRawPath() == null) {
            return null;
        }
        String path = uri.getRawPath();
        String query = uri.getRawQuery();
        if (path.startsWith("/logout") || path.startsWith("/api/") || path.startsWith("/actuator")
                || path.startsWith("/swagger") || path.startsWith("/v3/") || NOT_A_PAGE.matcher(path).matches()
                || (query != null && query.matches("(.*&)?lang=.*"))) {
            return null;
        }
        return query == null ? path : path + "?" + query;
    }

    /** /articles/1 and /articles/2 are the same kind of page; so are two pages of one list. */
    static String pattern(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        StringBuilder shape = new StringBuilder();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                boolean slug = shape.toString().endsWith("/channels") || shape.toString().endsWith("/topics");
                shape.append('/').append(slug || segment.matches(".*\\d.*") ? "{}" : segment);
            }
        }
        if (q >= 0) {
            Set<String> names = new TreeSet<>();
            for (String pair : pathAndQuery.substring(q + 1).split("&")) {
                names.add(pair.split("=", 2)[0]);
            }
            shape.append('?').append(String.join("&", names));
        }
        return shape.length() == 0 ? "/" : shape.toString();
    }
}
