package se.krimflow.system.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The webapps' logout button posts to Camunda and expects no redirect: this ends the Keycloak
 * session with the refresh token over the back channel before the HTTP session goes.
 */
final class KeycloakBackChannelLogout implements LogoutHandler {

    private static final Logger log = LoggerFactory.getLogger(KeycloakBackChannelLogout.class);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final RequestMatcher camundaLogout;
    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final KeycloakSettings keycloak;

    KeycloakBackChannelLogout(RequestMatcher camundaLogout, OAuth2AuthorizedClientRepository authorizedClients,
            KeycloakSettings keycloak) {
        this.camundaLogout = camundaLogout;
        this.authorizedClients = authorizedClients;
        this.keycloak = keycloak;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        if (!camundaLogout.matches(request) || auth == null || auth instanceof AnonymousAuthenticationToken) {
            return;
        }
        OAuth2AuthorizedClient authorized = authorizedClients.loadAuthorizedClient(
                KeycloakClientRegistration.REGISTRATION_ID, auth, request);
        if (authorized == null || authorized.getRefreshToken() == null) {
            return;
        }
        String form = "client_id=" + enc(keycloak.clientId()) + "&client_secret=" + enc(keycloak.clientSecret())
                + "&refresh_token=" + enc(authorized.getRefreshToken().getTokenValue());
        try {
            HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(keycloak.openIdConnect() + "/logout"))
                    .timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() >= 300) {
                log.warn("Keycloak did not end the session on logout (HTTP {})", answer.statusCode());
            }
        } catch (IOException e) {
            log.warn("Keycloak could not be reached on logout; its session ends by its own timeout");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
