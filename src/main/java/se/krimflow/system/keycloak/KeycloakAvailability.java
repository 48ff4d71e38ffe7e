package se.krimflow.system.keycloak;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Whether Keycloak answers, asked at most every few seconds (the realm's discovery document with a
 * short timeout), so a login page can say "Keycloak is not answering" instead of sending the
 * browser to a server that is down.
 */
final class KeycloakAvailability {

    private static final Duration REMEMBER = Duration.ofSeconds(3);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI discovery;
    private volatile long checkedAt;
    private volatile boolean up;

    KeycloakAvailability(String issuer) {
        this.discovery = URI.create(issuer + "/.well-known/openid-configuration");
    }

    boolean isUp() {
        long now = System.nanoTime();
        if (checkedAt != 0 && now - checkedAt < REMEMBER.toNanos()) {
            return up;
        }
        boolean answer;
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(3))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            answer = response.statusCode() == 200;
        } catch (java.io.IOException e) {
            answer = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = false;
        }
        up = answer;
        checkedAt = now;
        return answer;
    }
}
