package se.krimflow.system.keycloak;

import java.io.IOException;

import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.client.ResourceAccessException;

import jakarta.servlet.http.HttpServletResponse;
import se.krimflow.system.Problems;

/** The answers of the keycloak profile: problem JSON for the APIs, a short Swedish page for people. */
final class Responses {

    static final String UNAVAILABLE_TITLE = "Inloggningstjänsten svarar inte";
    static final String UNAVAILABLE_DETAIL = "Keycloak svarar inte just nu. Försök igen om en stund; "
            + "kontakta systemförvaltaren om felet består.";

    private Responses() {
    }

    static void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        response.resetBuffer();
        Problems.write(response, status, title, detail);
    }

    static void page(HttpServletResponse response, HttpStatus status, String title, String text) throws IOException {
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", "30");
        }
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="sv"><head><meta charset="utf-8"><title>krimflow: %s</title>
                <style>body{font-family:sans-serif;max-width:40em;margin:4em auto;padding:0 1em}</style></head>
                <body><h1>%s</h1><p>%s</p><p><a href="/camunda/app/">Försök igen</a></p></body></html>
                """.formatted(title, title, text));
    }

    /** Keycloak unreachable, to an API: problem JSON 503 with Retry-After. */
    static void unavailable(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "30");
        problem(response, HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE_TITLE, UNAVAILABLE_DETAIL);
    }

    /** Keycloak unreachable, to a person: the Swedish page, 503. */
    static void unavailablePage(HttpServletResponse response) throws IOException {
        page(response, HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE_TITLE, UNAVAILABLE_DETAIL);
    }

    /** True when the failure means Keycloak could not be reached (rather than bad credentials). */
    static boolean keycloakUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IdentityProviderException || t instanceof ResourceAccessException
                    || t instanceof AuthenticationServiceException || t instanceof java.net.ConnectException
                    || t instanceof java.net.http.HttpConnectTimeoutException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
