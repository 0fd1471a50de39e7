package org.workershome.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/**
 * The authorisation matrix: every endpoint of the application (read from Spring MVC's own mappings, API and pages
 * alike) × every demo role, called with an id that does not exist, and the outcome compared with
 * {@code authorisation-matrix.tsv}. An endpoint without a row fails the build, so a new endpoint's access is decided
 * on purpose; a changed cell (a check removed, a page opened to workers) fails too; a 5xx anywhere fails.
 *
 * <p>Cells: {@code ok} (served, or redirected elsewhere than the sign-in), {@code login} (redirected to sign in),
 * {@code 401}, {@code 403}, {@code 404} (allowed to ask, nothing there), {@code 400}, {@code 405}, {@code 409},
 * {@code 415}. Run with {@code -Dmatrix.record=true} to write what was seen to
 * {@code target/authorisation-matrix.tsv}, then review the difference before copying it over.
 */
@IntegrationTest
class AuthorisationMatrixTest {

    static final List<String> ACCOUNTS = List.of("anonymous", "worker.forest", "rep.forest", "cadre.forest",
            "cadre.province", "cadre.qinghai", "editor", "chief", "judge.a", "librarian", "mediator", "admin");
    static final String MISSING_ID = "999999999";
    /**
     * Signing out and revoking one's own token would end the walk's session and token (ApiTokenTest and the sign-in
     * tests cover them); signing in is what the walk does anyway; a full rebuild of the dashboards' figures would run
     * beside the tests that count on when it runs (InsightDashboardTest checks who may start it).
     */
    static final Set<String> NOT_WALKED = Set.of("POST /logout", "POST /login", "DELETE /api/v1/auth/token",
            "POST /insight/rebuild");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointAnswersEveryRoleAsTheMatrixSays() throws IOException {
        assumeFalse("postgres".equals(System.getProperty("test.db")), "who may call what does not differ by database");
        List<String> endpoints = endpoints();
        Map<String, List<String>> seen = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (String account : ACCOUNTS) {
            Caller caller = new Caller(port, account);
            for (String endpoint : endpoints) {
                String cell = caller.call(endpoint);
                if (cell.startsWith("5")) {
                    errors.add(endpoint + " as " + account + ": " + cell);
                }
                seen.computeIfAbsent(endpoint, e -> new ArrayList<>()).add(cell);
            }
        }
        String observed = table(seen);
        if (Boolean.getBoolean("matrix.record")) {
            Files.writeString(Path.of("target/authorisation-matrix.tsv"), observed);
        }
        assertThat(errors).as("server errors").isEmpty();

        Map<String, List<String>> expected = expected();
        Set<String> missing = new TreeSet<>(seen.keySet());
        missing.removeAll(expected.keySet());
        assertThat(missing).as("endpoints without a row in authorisation-matrix.tsv (decide who may call them; "
                + "-Dmatrix.record=true writes the observed rows to target/)").isEmpty();
        Set<String> gone = new TreeSet<>(expected.keySet());
        gone.removeAll(seen.keySet());
        assertThat(gone).as("rows of endpoints that no longer exist").isEmpty();

        List<String> differences = new ArrayList<>();
        seen.forEach((endpoint, cells) -> {
            List<String> want = expected.get(endpoint);
            for (int i = 0; i < ACCOUNTS.size(); i++) {
                if (!cells.get(i).equals(want.get(i))) {
                    differences.add(endpoint + " as " + ACCOUNTS.get(i) + ": expected " + want.get(i) + ", got " + cells.get(i));
                }
            }
        });
        assertThat(differences).as("cells that differ from authorisation-matrix.tsv").isEmpty();
    }

    /** {@code METHOD /pattern} of every handler, the framework's own (error page, API docs) left out. */
    private List<String> endpoints() {
        Set<String> all = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error") || pattern.startsWith("/v3/api-docs") || pattern.startsWith("/swagger-ui")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    String endpoint = method.name() + " " + pattern;
                    if (!NOT_WALKED.contains(endpoint)) {
                        all.add(endpoint);
                    }
                }
            }
        }
        return new ArrayList<>(all);
    }

    private static String table(Map<String, List<String>> rows) {
        StringBuilder out = new StringBuilder("# endpoint\t" + String.join("\t", ACCOUNTS) + "\n");
        rows.forEach((endpoint, cells) -> out.append(endpoint).append('\t').append(String.join("\t", cells)).append('\n'));
        return out.toString();
    }

    private static Map<String, List<String>> expected() throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (InputStream in = AuthorisationMatrixTest.class.getResourceAsStream("/authorisation-matrix.tsv")) {
            if (in == null) {
                return rows;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                assertThat(parts).as("row %s has a cell for each of %s", line, ACCOUNTS).hasSize(ACCOUNTS.size() + 1);
                rows.put(parts[0], List.of(parts).subList(1, parts.length));
            }
        }
        return rows;
    }

    /** One demo account's browser session (pages) and bearer token (API), or neither for anonymous. */
    private static final class Caller {

        private final int port;
        private final String account;
        private TestHttp pages;
        private TestHttp api;
        private String csrf;

        Caller(int port, String account) {
            this.port = port;
            this.account = account;
            sessions();
        }

        private void sessions() {
            boolean anonymous = account.equals("anonymous");
            pages = anonymous ? TestHttp.browser(port) : TestHttp.signedIn(port, account);
            api = anonymous ? TestHttp.anonymousApi(port) : TestHttp.api(port, account);
            String page = pages.get(anonymous ? "/login" : "/me").body();
            csrf = page.replaceAll("(?s).*<meta name=\"_csrf\" content=\"([^\"]+)\".*", "$1");
        }

        String call(String endpoint) {
            String cell = once(endpoint);
            if (cell.equals("login") && !account.equals("anonymous")) {
                sessions(); // an earlier endpoint may have ended the session (a password step): ask again signed in
                cell = once(endpoint);
            }
            return cell;
        }

        private String once(String endpoint) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = concrete(endpoint.substring(endpoint.indexOf(' ') + 1));
            boolean isApi = path.startsWith("/api/");
            TestHttp http = isApi ? api : pages;
            TestHttp.Response response = switch (method) {
                case "GET" -> http.get(path);
                case "POST" -> isApi ? http.sendJson("POST", path, Map.of(), Map.of())
                        : http.postForm(path, Map.of("_csrf", csrf));
                default -> isApi ? http.sendJson(method, path, Map.of(), Map.of())
                        : http.sendRaw(method, path, "application/x-www-form-urlencoded", "", Map.of("X-CSRF-TOKEN", csrf));
            };
            return cell(response);
        }

        /** The pattern with each variable filled: the missing id, or digits of the length its regex asks for. */
        static String concrete(String pattern) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < pattern.length()) {
                char c = pattern.charAt(i);
                if (c != '{') {
                    out.append(c == '*' ? 'x' : c);
                    i++;
                    continue;
                }
                int depth = 0;
                int end = i;
                do {
                    depth += pattern.charAt(end) == '{' ? 1 : pattern.charAt(end) == '}' ? -1 : 0;
                    end++;
                } while (depth > 0);
                String variable = pattern.substring(i + 1, end - 1);
                out.append(value(variable));
                i = end;
            }
            return out.toString();
        }

        /** A value its regex (if any) accepts: the missing id, a prefix and the id, a fixed length, an alternative. */
        private static String value(String variable) {
            if (variable.startsWith("*")) {
                return "x";
            }
            int colon = variable.indexOf(':');
            if (colon < 0) {
                return MISSING_ID;
            }
            String regex = variable.substring(colon + 1);
            List<String> candidates = new ArrayList<>(List.of(MISSING_ID, regex.replaceAll("[^A-Za-z].*", "") + MISSING_ID,
                    regex.split("\\|")[0]));
            // \d{4}-\d{2} and the like: each run of digits as long as it is asked for
            candidates.add(0, java.util.regex.Pattern.compile("\\\\d\\{(\\d+)}").matcher(regex)
                    .replaceAll(m -> "9".repeat(Integer.parseInt(m.group(1)))));
            return candidates.stream().filter(c -> c.matches(regex)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no sample value for {" + variable + "}"));
        }

        private static String cell(TestHttp.Response response) {
            int status = response.status();
            if (status >= 300 && status < 400) {
                String location = String.valueOf(response.header("Location"));
                return location.matches(".*/login(\\?.*)?$") ? "login" : "ok";
            }
            return status < 300 ? "ok" : String.valueOf(status);
        }
    }
}
