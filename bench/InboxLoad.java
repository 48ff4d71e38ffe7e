// The Tasklist inbox over the REST API, against a running krimflow (bench/startup.sh with LOAD=<tasks>):
// deploys src/test/resources/bench/BenchInbox.bpmn as admin, opens <tasks> tasks spread over the seven
// case-work groups, then 10 demo users load their group's inbox (first 15 by due date + the count,
// as Tasklist asks) concurrently, twice: right after the start (cold) and again (warm).
// Prints one line: inbox_p50_ms=.. inbox_p95_ms=.. (warm) inbox_cold_p95_ms=.. tasks=..
// Usage: java bench/InboxLoad.java <base-url> <tasks> <loads-per-user>
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class InboxLoad {
    static final String[][] USERS = { { "krim1", "krimteamet" }, { "krimchef1", "krimteamet-chef" },
            { "handlaggare1", "handlaggare" }, { "mobila1", "mobila-teamet" }, { "ungdomstjanst1", "ungdomstjanst" },
            { "kvalitet1", "kvalitet" }, { "brottsoffer1", "brottsofferstod" }, { "krim1", "krimteamet" },
            { "handlaggare1", "handlaggare" }, { "mobila1", "mobila-teamet" } };
    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int tasks = Integer.parseInt(args[1]);
        int loads = Integer.parseInt(args[2]);
        String boundary = "krimflowbench";
        byte[] model = Files.readAllBytes(Path.of("src/test/resources/bench/BenchInbox.bpmn"));
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbench\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"BenchInbox.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), model,
                ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        send(HttpRequest.newBuilder(URI.create(base + "/engine-rest/deployment/create"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), "admin");
        for (int b = 0; b < tasks; b += 500) {
            int n = Math.min(500, tasks - b);
            send(HttpRequest.newBuilder(URI.create(base + "/engine-rest/process-definition/key/BenchInbox/start"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{\"n\":{\"value\":" + n
                            + ",\"type\":\"Integer\"},\"base\":{\"value\":" + b + ",\"type\":\"Integer\"}}}")), "admin");
        }
        // Two passes: the first right after the start (cold JIT), the second warm.
        long[] cold = pass(base, loads);
        long[] warm = pass(base, loads);
        System.out.printf("inbox_p50_ms=%.0f inbox_p95_ms=%.0f inbox_cold_p95_ms=%.0f tasks=%d%n", pct(warm, 50),
                pct(warm, 95), pct(cold, 95), tasks);
    }

    /** Every user loads the inbox {@code loads} times; returns the sorted latencies. */
    static long[] pass(String base, int loads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(USERS.length);
        List<Future<long[]>> futures = new ArrayList<>();
        for (String[] user : USERS) {
            futures.add(pool.submit(() -> {
                long[] lat = new long[loads];
                String q = "candidateGroups=" + user[1] + "&unassigned=true";
                for (int i = 0; i < loads; i++) {
                    long t = System.nanoTime();
                    send(HttpRequest.newBuilder(URI.create(base + "/engine-rest/task?" + q
                            + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=15")).GET(), user[0]);
                    send(HttpRequest.newBuilder(URI.create(base + "/engine-rest/task/count?" + q)).GET(), user[0]);
                    lat[i] = System.nanoTime() - t;
                }
                return lat;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            Arrays.stream(f.get()).forEach(all::add);
        }
        pool.shutdown();
        return all.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    static String send(HttpRequest.Builder request, String user) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(request.header("Authorization", "Basic " + auth).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
