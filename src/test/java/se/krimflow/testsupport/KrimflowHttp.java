package se.krimflow.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * HTTP against the running application in integration tests: REST calls with HTTP Basic, and a
 * webapp session (Camunda's login form and CSRF token) as Tasklist uses it. Cookies are kept by
 * hand, because the production profiles mark them Secure and the tests speak plain HTTP.
 *
 * <p>REST calls go as a demo user whose password is the user id ({@code user}), as any user with
 * its password ({@code user, password}), or anonymously ({@code null} user).
 */
public final class KrimflowHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LOCKOUT_ATTEMPTS = 10;
    private static final long LOCKOUT_PAUSE_MILLIS = 2000;

    private final String base;
    private final boolean waitOutLockouts;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public KrimflowHttp(int port) {
        this(port, false);
    }

    private KrimflowHttp(int port, boolean waitOutLockouts) {
        this.base = "http://localhost:" + port;
        this.waitOutLockouts = waitOutLockouts;
    }

    /**
     * As {@link #KrimflowHttp(int)}, but a REST call as a user that answers 401 is sent again, up to
     * ten times two seconds apart. Other tests in the shared context try wrong passwords, after which
     * the engine locks that user for a few seconds (401): this waits that out, for tests whose every
     * password is right. Anonymous calls are not retried.
     */
    public static KrimflowHttp waitingOutLockouts(int port) {
        return new KrimflowHttp(port, true);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Registers a police notification through {@code POST /api/cases} as {@code user}; the new case number. */
    public String registerCase(Object notification, String user) {
        HttpResponse<String> created = post("/api/cases", notification, user);
        if (created.statusCode() != 201) {
            throw new AssertionError("POST /api/cases answered " + created.statusCode() + ": " + created.body());
        }
        try {
            return JSON.readTree(created.body()).get("caseNumber").asText();
        } catch (JsonProcessingException e) {
            throw new AssertionError("POST /api/cases answered no JSON: " + created.body(), e);
        }
    }

    /** The value as JSON, as the REST clients of krimflow send it. */
    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public HttpResponse<String> get(String path, String user) {
        return get(path, user, user);
    }

    public HttpResponse<String> get(String path, String user, String password) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user, password, HttpResponse.BodyHandlers.ofString());
    }

    /** GET with the answer as raw bytes (a PDF, say). */
    public HttpResponse<byte[]> getBytes(String path, String user) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user, user, HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> postJson(String path, String json, String user) {
        return send("POST", path, user, json);
    }

    /** POST of the body written as JSON ({@link #json(Object)}). */
    public HttpResponse<String> post(String path, Object body, String user) {
        return postJson(path, json(body), user);
    }

    /** Any method; {@code json} null: no body and no Content-Type. */
    public HttpResponse<String> send(String method, String path, String user, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return send(request, user);
    }

    /** As the demo user whose password is the user id; null user: anonymous. */
    HttpResponse<String> send(HttpRequest.Builder request, String user) {
        return send(request, user, user, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, String user, String password,
            HttpResponse.BodyHandler<T> body) {
        if (user != null) {
            request.header("Authorization", basic(user, password));
        }
        HttpRequest built = request.build();
        HttpResponse<T> response = send(built, body);
        for (int attempt = 1; waitOutLockouts && user != null && response.statusCode() == 401
                && attempt < LOCKOUT_ATTEMPTS; attempt++) {
            pause();
            response = send(built, body);
        }
        return response;
    }

    public HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(LOCKOUT_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    /** Logs in to a webapp (tasklist, cockpit, admin) through Camunda's login form. */
    public WebappSession login(String app, String user, String password) {
        WebappSession session = new WebappSession();
        session.get("/camunda/app/" + app + "/default/");
        HttpResponse<String> login = session.postForm("/camunda/api/admin/auth/user/default/login/" + app,
                Map.of("username", user, "password", password));
        session.loginStatus = login.statusCode();
        return session;
    }

    /** A browser-like session: cookies and the CSRF token carried from answer to request. */
    public final class WebappSession {

        private final Map<String, String> cookies = new LinkedHashMap<>();
        private final List<String> setCookieHeaders = new ArrayList<>();
        private String csrfToken;
        int loginStatus;

        public int loginStatus() {
            return loginStatus;
        }

        /** Every Set-Cookie header this session has received, as sent. */
        public List<String> setCookieHeaders() {
            return setCookieHeaders;
        }

        public HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        public HttpResponse<String> postJson(String path, String json) {
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        HttpResponse<String> postForm(String path, Map<String, String> form) {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            request.header("Accept", "application/json, text/plain, */*");
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            if (csrfToken != null) {
                request.header("X-XSRF-TOKEN", csrfToken);
            }
            HttpResponse<String> response = KrimflowHttp.this.send(request.build());
            for (String header : response.headers().allValues("Set-Cookie")) {
                setCookieHeaders.add(header);
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
            response.headers().firstValue("X-XSRF-TOKEN").ifPresent(t -> csrfToken = t);
            if (cookies.containsKey("XSRF-TOKEN")) {
                csrfToken = cookies.get("XSRF-TOKEN");
            }
            return response;
        }
    }
}
