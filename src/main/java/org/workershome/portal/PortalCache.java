package org.workershome.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.workershome.core.cache.NodeCaches;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Anonymous portal pages rendered once and served from memory, gzipped ahead, with a strong ETag (304 on
 * revalidation). Runs before security and MVC: a request with no session cookie and no credentials cannot be
 * anyone's but the public's, so the cached bytes (and the security headers captured when they were rendered)
 * are all it needs. Emptied after every published change, and when a scheduled article's time comes.
 * Article views are counted here, so cached reads count too.
 */
@Component
class PortalCache extends OncePerRequestFilter implements Ordered {

    private static final Pattern CACHEABLE = Pattern.compile(
            "^/(|channels/[^/]+(/feed\\.xml)?|articles/\\d+|topics/[^/]+|search|calendar/[0-9-]+|feed\\.xml|deeds/\\d+)$");
    private static final Pattern ARTICLE = Pattern.compile("^/articles/(\\d+)$");
    private static final List<String> KEPT_HEADERS = List.of("Content-Type", "Content-Language", "Content-Security-Policy",
            "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "X-XSS-Protection");
    /** What ForwardedHeaderFilter (forward-headers-strategy: framework) and the servlet container read. */
    private static final List<String> ORIGIN_HEADERS = List.of("Host", "Forwarded", "X-Forwarded-Host",
            "X-Forwarded-Proto", "X-Forwarded-Port", "X-Forwarded-Prefix", "X-Forwarded-Ssl");
    private static final String CACHE_CONTROL = "public, no-cache";

    record Entry(byte[] plain, byte[] gzip, String etag, Map<String, String> headers) {
    }

    private final Cache<String, Entry> pages = Caffeine.newBuilder().maximumSize(5_000)
            .expireAfterWrite(Duration.ofMinutes(5)).build();
    private final ViewCounter views;
    private final Articles articles;
    private final Clock clock;
    private volatile Instant nextScheduled;
    private volatile boolean nextScheduledKnown;

    private final NodeCaches caches;

    PortalCache(ViewCounter views, Articles articles, Clock clock, NodeCaches caches) {
        this.views = views;
        this.articles = articles;
        this.clock = clock;
        this.caches = caches;
        caches.register(NAME, this::invalidate);
    }

    static final String NAME = "portal-pages";

    /** First of all filters: a hit needs neither the session, nor security, nor request metrics. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** In the changing transaction: emptied now, again when it ends, and on the other nodes when it commits. */
    @EventListener
    void on(PortalChanged changed) {
        caches.changed(NAME);
    }

    void invalidate() {
        pages.invalidateAll();
        nextScheduledKnown = false;
    }

    long size() {
        return pages.estimatedSize();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method)) || !CACHEABLE.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = path(request);
        Matcher article = ARTICLE.matcher(path);
        if (!isAnonymous(request) || request.getParameter("lang") != null) {
            chain.doFilter(request, response);
            countView(article, request, response.getStatus());
            return;
        }
        checkSchedule();
        String key = localeOf(request) + "|" + path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        // links are built from the request (feeds: absolute, from host and scheme; pages: the context path, which
        // X-Forwarded-Prefix changes): every header that can change them is part of the key, so no request poisons
        // the bytes another one gets
        // (ForwardedHeaderFilter may already have run: then the adapted scheme, host, port and context path tell it)
        StringBuilder origin = new StringBuilder().append(request.getScheme()).append("://").append(request.getServerName())
                .append(':').append(request.getServerPort()).append(request.getContextPath()).append('|');
        for (String header : ORIGIN_HEADERS) {
            String value = request.getHeader(header);
            if (value != null) {
                origin.append(header).append('=').append(value).append('|');
            }
        }
        key = origin + key;
        if (path.endsWith("feed.xml")) {
            key = (PortalFeed.english(request) ? "feed-en|" : "feed-zh|") + key;
        }
        Entry entry = pages.getIfPresent(key);
        if (entry == null) {
            ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, wrapper);
            entry = store(key, wrapper);
            if (entry == null) {
                wrapper.copyBodyToResponse();
                countView(article, request, response.getStatus());
                return;
            }
            wrapper.resetBuffer();
        }
        countView(article, request, 200);
        write(entry, request, response);
    }

    private void countView(Matcher article, HttpServletRequest request, int status) {
        if (status == 200 && article.matches()) {
            views.record(Long.valueOf(article.group(1)), request.getHeader("User-Agent"));
        }
    }

    private Entry store(String key, ContentCachingResponseWrapper wrapper) {
        String type = wrapper.getContentType();
        if (wrapper.getStatus() != 200 || type == null || !(type.startsWith("text/html") || type.contains("xml"))
                || wrapper.getHeader("Set-Cookie") != null) {
            return null;
        }
        byte[] plain = wrapper.getContentAsByteArray();
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = name.equals("Content-Type") ? type : wrapper.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        Entry entry = new Entry(plain, gzip(plain), etag(plain), headers);
        pages.put(key, entry);
        return entry;
    }

    private static void write(Entry entry, HttpServletRequest request, HttpServletResponse response) throws IOException {
        entry.headers().forEach(response::setHeader);
        response.setHeader("ETag", entry.etag());
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("Vary", "Accept-Encoding");
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(entry.etag()) || ifNoneMatch.contains(entry.etag().replace("\"", "")))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String accept = request.getHeader("Accept-Encoding");
        byte[] body = entry.plain();
        if (accept != null && accept.contains("gzip")) {
            body = entry.gzip();
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setStatus(200);
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** Empties the cache when a scheduled article's moment has come, so it appears on the lists at once. */
    private void checkSchedule() {
        if (!nextScheduledKnown) {
            nextScheduled = articles.nextScheduledAfter(clock.instant());
            nextScheduledKnown = true;
        }
        Instant next = nextScheduled;
        if (next != null && !clock.instant().isBefore(next)) {
            invalidate();
        }
    }

    static boolean isAnonymous(HttpServletRequest request) {
        if (request.getHeader("Authorization") != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                String name = cookie.getName();
                if (name.equals("SESSION") || name.equals("JSESSIONID") || name.startsWith("remember")) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String localeOf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals("lang") && cookie.getValue().startsWith("en")) {
                    return "en";
                }
            }
        }
        return "zh";
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context.isEmpty() ? uri : uri.substring(context.length());
    }

    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
