package se.krimflow.system;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * HSTS on every answer when {@code krimflow.security.hsts} is on (the production profiles), also when
 * TLS ends at a proxy in front of the application. Used by every security filter chain.
 */
public final class StrictTransport {

    private StrictTransport() {
    }

    public static void apply(HeadersConfigurer<HttpSecurity> headers, boolean enabled) {
        if (enabled) {
            headers.httpStrictTransportSecurity(h -> h.requestMatcher(AnyRequestMatcher.INSTANCE)
                    .maxAgeInSeconds(31_536_000).includeSubDomains(true));
        }
    }
}
