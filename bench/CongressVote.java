import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for the congress vote: signs in the bench representatives {@code bench.rep.00001…} (made by the
 * {@code congress-bench} profile), finds the open bench ballot, then lets every representative vote once within
 * {@code seconds} (open loop: requests start at a steady rate whatever the latency), each with a random choice; every
 * {@code dupEvery}-th representative also sends a second, racing request, which must be refused (409). Prints the
 * latency percentiles of all vote requests and the counts per choice of the accepted votes (CHOICE_FOR=… lines), which
 * vote.sh compares with the tally after closing the ballot. Single-file program (Java 17).
 *
 * <p>Usage: {@code java bench/CongressVote.java <baseUrl> [count=2000] [seconds=10] [dupEvery=10]}
 */
public class CongressVote {

    static final String TITLE = "基准测试：关于《2027年集体合同》的表决";
    static final String WARM_UP = "基准测试：预热表决";
    static final String[] CHOICES = {"FOR", "AGAINST", "ABSTAIN"};

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int dupEvery = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        long t0 = System.nanoTime();
        List<String> tokens = signIn(http, base, count);
        System.out.printf("tokens: %d in %.1f s%n", tokens.size(), (System.nanoTime() - t0) / 1e9);
        long ballot = findBallot(http, base, tokens.get(0), TITLE);
        long warmUp = findBallot(http, base, tokens.get(0), WARM_UP);
        System.out.println("ballot: " + ballot + " (warm-up ballot " + warmUp + ")");
        if (Boolean.parseBoolean(System.getProperty("warmup", "true"))) {
            long w0 = System.nanoTime();
            List<CompletableFuture<HttpResponse<Void>>> warm = new ArrayList<>();
            Semaphore slots = new Semaphore(16);
            for (int i = 0; i < count; i++) {
                slots.acquire();
                warm.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/v1/ballots/" + warmUp + "/votes"))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + tokens.get(i))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"choice\":\"ABSTAIN\"}")).build(),
                        HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> slots.release()));
            }
            CompletableFuture.allOf(warm.toArray(CompletableFuture[]::new)).join();
            System.out.printf("warm-up: %d votes on the warm-up ballot in %.1f s%n", count, (System.nanoTime() - w0) / 1e9);
        }

        Random random = new Random(42);
        String[] chosen = new String[count];
        for (int i = 0; i < count; i++) {
            chosen[i] = CHOICES[random.nextInt(CHOICES.length)];
        }
        int requests = count + (dupEvery > 0 ? count / dupEvery : 0);
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger();
        int[] acceptedPerVoter = new int[count];
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        long intervalNanos = seconds * 1_000_000_000L / count;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            int voter = i;
            int copies = dupEvery > 0 && i % dupEvery == 0 ? 2 : 1;
            for (int c = 0; c < copies; c++) {
                HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/v1/ballots/" + ballot + "/votes"))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + tokens.get(voter))
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"choice\":\"" + chosen[voter] + "\"}")).build();
                long sent = System.nanoTime();
                pending.add(http.sendAsync(req, HttpResponse.BodyHandlers.discarding()).handle((r, e) -> {
                    latencies[next.getAndIncrement()] = (System.nanoTime() - sent) / 1000;
                    if (e != null) {
                        errors.incrementAndGet();
                        return null;
                    }
                    statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                    if (r.statusCode() == 201) {
                        synchronized (acceptedPerVoter) {
                            acceptedPerVoter[voter]++;
                        }
                        accepted.computeIfAbsent(chosen[voter], k -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                }));
            }
        }
        long sentAll = System.nanoTime();
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        long done = System.nanoTime();
        long[] lat = Arrays.copyOf(latencies, next.get());
        Arrays.sort(lat);
        int doubles = 0;
        int none = 0;
        for (int a : acceptedPerVoter) {
            doubles += a > 1 ? a - 1 : 0;
            none += a == 0 ? 1 : 0;
        }
        System.out.printf("voters: %d, requests: %d (%d racing duplicates), sent in %.2f s, all answered in %.2f s%n",
                count, lat.length, requests - count, (sentAll - start) / 1e9, (done - start) / 1e9);
        System.out.printf("statuses: %s   transport errors: %d%n", statuses, errors.get());
        System.out.printf("voters with no accepted vote: %d   voters with more than one accepted: %d%n", none, doubles);
        System.out.printf("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", pct(lat, 50), pct(lat, 90), pct(lat, 99),
                lat.length == 0 ? 0 : lat[lat.length - 1] / 1000.0);
        for (String c : CHOICES) {
            System.out.println("CHOICE_" + c + "=" + accepted.getOrDefault(c, new AtomicInteger()).get());
        }
        System.out.println("ACCEPTED=" + statuses.getOrDefault(201, new AtomicInteger()).get());
        System.out.println("BALLOT=" + ballot);
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
    }

    static long findBallot(HttpClient http, String base, String token, String title) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/v1/ballots?status=OPEN"))
                .header("Authorization", "Bearer " + token).build();
        String body = http.send(req, HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)\\s*,\\s*\"sessionId\"\\s*:\\s*\\d+\\s*,\\s*\"title\"\\s*:\\s*\"" + Pattern.quote(title))
                .matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("bench ballot not found: " + body);
        }
        return Long.parseLong(m.group(1));
    }

    static List<String> signIn(HttpClient http, String base, int n) throws Exception {
        Pattern token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
        List<CompletableFuture<String>> pending = new ArrayList<>();
        Semaphore slots = new Semaphore(8);
        for (int i = 0; i < n; i++) {
            String user = String.format("bench.rep.%05d", i + 1);
            slots.acquire();
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"" + user + "\",\"password\":\"Demo@2026\"}")).build();
            pending.add(http.sendAsync(req, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> slots.release())
                    .thenApply(r -> {
                        Matcher m = token.matcher(r.body());
                        if (!m.find()) {
                            throw new IllegalStateException("sign-in " + user + " " + r.statusCode() + ": " + r.body());
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
}
