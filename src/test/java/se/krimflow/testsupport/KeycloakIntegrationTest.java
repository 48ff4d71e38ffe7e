package se.krimflow.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application as in production, profiles {@code postgres,keycloak}, on a real PostgreSQL
 * and a real Keycloak ({@link KeycloakServer}, shared by all such test classes), on the port the
 * realm's login redirects expect. Users and groups are those of the development realm.
 * Without a JDK 21+ the class is skipped (fails on CI).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("keycloak")
@ExtendWith(KeycloakIntegrationTest.StartKeycloak.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = { "camunda.bpm.job-execution.enabled=false", "krimflow.keycloak.cache-minutes=1",
                "krimflow.keycloak.clock-skew=1s", "SECURE_COOKIES=false" })
@ActiveProfiles({ "postgres", "keycloak" })
@ContextConfiguration(initializers = { EmbeddedPostgresInitializer.class, KeycloakIntegrationTest.Initializer.class })
public @interface KeycloakIntegrationTest {

    /** Starts Keycloak (or skips the class) before Spring builds the application context. */
    class StartKeycloak implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            KeycloakServer.get();
        }
    }

    class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            KeycloakServer keycloak = KeycloakServer.get();
            TestPropertyValues.of(
                    "server.port=" + keycloak.appPort(),
                    "krimflow.keycloak.url=" + keycloak.url(),
                    "krimflow.keycloak.client-secret=" + KeycloakServer.CLIENT_SECRET)
                    .applyTo(context.getEnvironment());
        }
    }
}
