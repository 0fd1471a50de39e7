package org.workershome.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP against the running app, as a browser (cookies, CSRF) or as a mobile client (bearer token).
 */
public final class TestHttp {

    public static final String PASSWORD = "Demo@2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;
    private String bearer;

    private TestHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A browser session (cookies); not signed in. */
    public static TestHttp browser(int port) {
        return new TestHttp(port);
    }

    /** A browser session signed in through the login form. */
    public static TestHttp signedIn(int port, String username) {
        TestHttp http = new TestHttp(port);
        Response response = http.login(username, PASSWORD);
        if (response.status() != 302 || !response.header("Location").endsWith("/me")) {
            throw new IllegalStateException("login of " + username + " failed: " + response.status() + " " + response.header("Location"));
        }
        return http;
    }

    /** A mobile client with a bearer token for this account. */
    public static TestHttp api(int port, String username) {
        TestHttp http = new TestHttp(port);
        Response response = http.postJson("/api/v1/auth/token", Map.of("username", username, "password", PASSWORD));
        if (response.status() != 200) {
            throw new IllegalStateException("token for " + username + ": " + response.status() + " " + response.body());
        }
        http.bearer = response.json().get("token").asString();
        return http;
    }

    /** A mobile client with no token. */
    public static TestHttp anonymousApi(int port) {
        return new TestHttp(port);
    }

    public TestHttp withBearer(String token) {
        this.bearer = token;
        return this;
    }

    public Response login(String username, String password) {
        Response page = get("/login");
        return postForm("/login", Map.of("username", username, "password", password, "_csrf", csrfFrom(page.body())));
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response getWithHeader(String path, String header, String value) {
        return send(request(path).header(header, value).GET());
    }

    public Response postJson(String path, Object body) {
        return sendJson("POST", path, body, Map.of());
    }

    public Response sendJson(String method, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        headers.forEach(builder::header);
        return send(builder);
    }

    /** Any request with a body as given (no CSRF token added): for malformed or forged requests. */
    public Response sendRaw(String method, String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::header);
        return send(builder);
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** A form post from a page of this session, with the session's CSRF token. */
    public Response postForm(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.computeIfAbsent("_csrf", k -> csrf());
        String form = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Multipart upload of one file plus fields, with the session's CSRF token. */
    public Response postMultipart(String path, Map<String, String> fields, String fileField, String filename,
            byte[] content, String contentType) {
        String boundary = "----wh" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.computeIfAbsent("_csrf", k -> csrf());
        try {
            for (var e : all.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                        + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                    + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    public String csrf() {
        return csrfFrom(get("/me").body());
    }

    private static String csrfFrom(String html) {
        Matcher m = CSRF_META.matcher(html);
        if (m.find()) {
            return m.group(1);
        }
        m = CSRF_INPUT.matcher(html);
        if (m.find()) {
            return m.group(1);
        }
        throw new IllegalStateException("no CSRF token in page");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public record Response(int status, byte[] bytes, Map<String, java.util.List<String>> headers) {

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(bytes);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst().map(e -> e.getValue().get(0)).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body();
        }
    }
}
