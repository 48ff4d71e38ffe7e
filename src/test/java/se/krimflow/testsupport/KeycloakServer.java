package se.krimflow.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real Keycloak 26.4.7 for the integration tests, started once per test JVM by the same script
 * people use ({@code keycloak/run-keycloak.sh}, in-memory database, realm imported from
 * {@code keycloak/krimflow-realm.json}) and shared by every test class. It is reached through a
 * {@link TcpRelay}, so a test can take Keycloak away and bring it back. The application port is
 * chosen here too, because the realm's login redirect addresses are set at import.
 */
public final class KeycloakServer {

    public static final String CLIENT_ID = "krimflow";
    public static final String CLIENT_SECRET = "krimflow-it-secret";
    public static final String REALM = "krimflow";
    static final String ADMIN = "kcadmin";
    static final String ADMIN_PASSWORD = "kcadmin-it";

    private static KeycloakServer instance;

    private final Process process;
    private final TcpRelay relay;
    private final int appPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    private KeycloakServer(Process process, TcpRelay relay, int appPort) {
        this.process = process;
        this.relay = relay;
        this.appPort = appPort;
    }

    /** Skips (or on CI fails) when no JDK 21+ is there; starts Keycloak on first use. */
    public static synchronized KeycloakServer get() {
        Optional<Path> jdk = jdk21();
        RequiredTool.require(jdk.isPresent(), "Keycloak needs a JDK 21 or newer: install one "
                + "(e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to it");
        if (instance == null) {
            try {
                instance = start(jdk.get());
            } catch (IOException e) {
                throw new IllegalStateException("Could not start Keycloak", e);
            }
        }
        return instance;
    }

    static Optional<Path> jdk21() {
        java.util.List<Path> candidates = new java.util.ArrayList<>();
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null) {
            candidates.add(Path.of(javaHome));
        }
        File[] jvms = new File("/usr/lib/jvm").listFiles();
        if (jvms != null) {
            for (File f : jvms) {
                candidates.add(f.toPath());
            }
        }
        return candidates.stream().filter(KeycloakServer::isJdk21OrNewer).findFirst();
    }

    static boolean isJdk21OrNewer(Path home) {
        Path release = home.resolve("release");
        if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isRegularFile(release)) {
            return false;
        }
        try {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(v.split("[.+-]")[0]) >= 21;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return false;
        }
        return false;
    }

    private static KeycloakServer start(Path jdk) throws IOException {
        int keycloakPort = freePort();
        int relayPort = freePort();
        int appPort = freePort();
        File log = new File("target/keycloak-it.log");
        log.getParentFile().mkdirs();
        ProcessBuilder pb = new ProcessBuilder("bash", "keycloak/run-keycloak.sh")
                .redirectErrorStream(true)
                .redirectOutput(log);
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", jdk.toString());
        env.put("KC_PORT", String.valueOf(keycloakPort));
        env.put("KC_DB", "dev-mem");
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("KRIMFLOW_CLIENT_SECRET", CLIENT_SECRET);
        env.put("KRIMFLOW_BASE_URL", "http://localhost:" + appPort);
        Process process = pb.start();
        TcpRelay relay = new TcpRelay(relayPort, keycloakPort);
        relay.open();
        KeycloakServer server = new KeycloakServer(process, relay, appPort);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        server.awaitUp(Duration.ofMinutes(5));
        return server;
    }

    private void awaitUp(Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see target/keycloak-it.log");
            }
            if (isUp()) {
                return;
            }
            sleep(1000);
        }
        throw new IllegalStateException("Keycloak did not start in " + timeout + "; see target/keycloak-it.log");
    }

    public boolean isUp() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void stop() {
        try {
            relay.close();
        } catch (IOException ignored) {
            // going away
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    /** Keycloak as krimflow, browsers and tests reach it. */
    public String url() {
        return "http://localhost:" + relay.port();
    }

    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    public int appPort() {
        return appPort;
    }

    /** Keycloak stops answering (the relay in front of it is closed). */
    public void takeDown() throws IOException {
        relay.close();
    }

    public void bringBack() throws IOException {
        relay.open();
    }

    /** An access token of the krimflow client for a user (password grant). */
    public String token(String user, String password) throws IOException, InterruptedException {
        return tokenResponse(REALM, Map.of("grant_type", "password", "client_id", CLIENT_ID,
                "client_secret", CLIENT_SECRET, "username", user, "password", password)).get("access_token").asText();
    }

    public JsonNode tokenResponse(String realm, Map<String, String> form) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(url() + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token request failed: HTTP " + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body());
    }

    /** A token of Keycloak's master realm: a real Keycloak token from another issuer. */
    public String masterAdminToken() throws IOException, InterruptedException {
        return tokenResponse("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", ADMIN, "password", ADMIN_PASSWORD)).get("access_token").asText();
    }

    /** Calls Keycloak's admin REST API of the krimflow realm as the master admin. */
    public HttpResponse<String> admin(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + masterAdminToken())
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    public String userId(String username) throws IOException, InterruptedException {
        return json.readTree(admin("GET", "/users?exact=true&username=" + username, null).body()).get(0).get("id").asText();
    }

    public String groupId(String name) throws IOException, InterruptedException {
        return json.readTree(admin("GET", "/group-by-path/" + name, null).body()).get("id").asText();
    }

    public void addToGroup(String username, String group) throws IOException, InterruptedException {
        admin("PUT", "/users/" + userId(username) + "/groups/" + groupId(group), null);
    }

    public void removeFromGroup(String username, String group) throws IOException, InterruptedException {
        admin("DELETE", "/users/" + userId(username) + "/groups/" + groupId(group), null);
    }

    /** Creates a user (password = user name) in one group; for tests that change memberships. */
    public void createUser(String username, String group) throws IOException, InterruptedException {
        admin("POST", "/users", """
                {"username":"%s","enabled":true,"firstName":"Test","lastName":"Person","email":"%s@krimflow.invalid",
                 "emailVerified":true,"groups":["/%s"],
                 "credentials":[{"type":"password","value":"%s","temporary":false}]}
                """.formatted(username, username, group, username));
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
