import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for appeal intake: signs in the demo workers many times (one bearer token per sign-in), then
 * sends {@code POST /api/v1/appeals} with a unique Idempotency-Key each, keeping {@code concurrency} requests in
 * flight, until {@code count} requests were sent or {@code seconds} passed. Prints throughput, latency
 * percentiles and status counts. Single-file program (Java 17): {@code java bench/AppealIntake.java ...}.
 *
 * <p>Usage: {@code java bench/AppealIntake.java <baseUrl> <runId> [count=30000] [concurrency=64] [tokens=150] [seconds=120] [warmup=2000]}
 */
public class AppealIntake {

    static final String[] WORKERS = {"worker.forest", "rep.forest", "worker.station"};

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String runId = args[1];
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 30_000;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 64;
        int tokenCount = args.length > 4 ? Integer.parseInt(args[4]) : 150;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 120;
        int warmup = args.length > 6 ? Integer.parseInt(args[6]) : 2_000;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        List<String> tokens = signIn(http, base, tokenCount);
        System.out.printf("tokens: %d%n", tokens.size());
        if (warmup > 0) {
            Result w = run(http, base, "warmup-" + runId, tokens, warmup, concurrency, seconds);
            System.out.printf("warm-up: %d sent, %d created, %.0f/s%n", w.sent, w.created, w.perSecond());
        } else {
            System.out.println("warm-up: none");
        }
        System.out.flush();
        Result r = run(http, base, runId, tokens, count, concurrency, seconds);
        long[] lat = r.latenciesMicros;
        Arrays.sort(lat);
        System.out.printf("run %s: %d sent in %.2f s, concurrency %d%n", runId, r.sent, r.seconds, concurrency);
        System.out.printf("created (201): %d   other statuses: %s   transport errors: %d%n",
                r.created, r.otherStatuses, r.transportErrors.get());
        System.out.printf("throughput: %.0f submissions/s (201 only: %.0f/s)%n", r.sent / r.seconds, r.perSecond());
        System.out.printf("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", pct(lat, 50), pct(lat, 90), pct(lat, 99),
                lat.length == 0 ? 0 : lat[lat.length - 1] / 1000.0);
        System.out.println("CREATED=" + r.created);
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1000.0;
    }

    static List<String> signIn(HttpClient http, String base, int n) throws Exception {
        Pattern token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
        List<CompletableFuture<String>> pending = new ArrayList<>();
        Semaphore slots = new Semaphore(4); // BCrypt: a few at a time
        for (int i = 0; i < n; i++) {
            String user = WORKERS[i % WORKERS.length];
            slots.acquire();
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"" + user + "\",\"password\":\"Demo@2026\"}")).build();
            pending.add(http.sendAsync(req, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> slots.release())
                    .thenApply(r -> {
                        Matcher m = token.matcher(r.body());
                        if (!m.find()) {
                            throw new IllegalStateException("sign-in " + r.statusCode() + ": " + r.body());
                        }
                        return m.group(1);
                    }));
        }
        List<String> tokens = new ArrayList<>();
        for (CompletableFuture<String> f : pending) {
            tokens.add(f.get());
        }
        return tokens;
    }

    record Result(int sent, int created, java.util.Map<Integer, Integer> otherStatuses, AtomicInteger transportErrors,
            double seconds, long[] latenciesMicros) {
        double perSecond() {
            return created / seconds;
        }
    }

    static Result run(HttpClient http, String base, String runId, List<String> tokens, int count, int concurrency,
            int seconds) throws Exception {
        Semaphore slots = new Semaphore(concurrency);
        long[] latencies = new long[count];
        AtomicInteger done = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        java.util.Map<Integer, Integer> others = new ConcurrentHashMap<>();
        AtomicLong firstError = new AtomicLong();
        String[] categories = {"WAGES", "SOCIAL_INSURANCE", "SAFETY", "OTHER"};
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(seconds).toNanos();
        int sent = 0;
        for (; sent < count && System.nanoTime() < deadline; sent++) {
            slots.acquire();
            int i = sent;
            String body = "{\"category\":\"" + categories[i % categories.length] + "\",\"title\":\"bench-" + runId + "-" + i
                    + "\",\"content\":\"load test appeal " + i + " - wages unpaid for three months\",\"anonymous\":"
                    + (i % 5 == 0) + "}";
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/v1/appeals"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + tokens.get(i % tokens.size()))
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long t0 = System.nanoTime();
            http.sendAsync(req, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                latencies[i] = (System.nanoTime() - t0) / 1000;
                if (e != null) {
                    if (errors.incrementAndGet() == 1) {
                        System.err.println("first transport error: " + e);
                    }
                } else if (r.statusCode() == 201) {
                    created.incrementAndGet();
                } else {
                    others.merge(r.statusCode(), 1, Integer::sum);
                    if (firstError.compareAndSet(0, 1)) {
                        System.err.println("first non-201: " + r.statusCode() + " " + r.body());
                    }
                }
                done.incrementAndGet();
                slots.release();
            });
        }
        slots.acquire(concurrency);
        double took = (System.nanoTime() - start) / 1e9;
        return new Result(sent, created.get(), others, errors, took, Arrays.copyOf(latencies, sent));
    }
}
