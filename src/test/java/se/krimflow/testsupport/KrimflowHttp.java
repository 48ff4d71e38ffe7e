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

/**
 * HTTP against the running application in integration tests: REST calls with HTTP Basic, and a
 * webapp session (Camunda's login form and CSRF token) as Tasklist uses it. Cookies are kept by
 * hand, because the production profiles mark them Secure and the tests speak plain HTTP.
 */
public final class KrimflowHttp {

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public KrimflowHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path, String user) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user);
    }

    public HttpResponse<String> postJson(String path, String json, String user) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), user);
    }

    /** As the demo user whose password is the user id; null user: anonymous. */
    HttpResponse<String> send(HttpRequest.Builder request, String user) {
        if (user != null) {
            request.header("Authorization", basic(user, user));
        }
        return send(request.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
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
