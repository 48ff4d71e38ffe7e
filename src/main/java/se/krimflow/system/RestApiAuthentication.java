package se.krimflow.system;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * More ways to authenticate on the REST APIs ({@code /api/**}, {@code /engine-rest/**}) besides
 * HTTP Basic against the engine identity, contributed by a profile (keycloak: access tokens).
 * {@link SecurityConfiguration} applies the bean when there is one.
 */
public interface RestApiAuthentication {

    void customize(HttpSecurity restApis) throws Exception;
}
