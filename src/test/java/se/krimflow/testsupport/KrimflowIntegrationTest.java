package se.krimflow.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import org.springframework.context.annotation.Import;

/**
 * The whole application on a real PostgreSQL (profile {@code postgres}) with the demo users
 * (profile {@code demo}), on a random port; {@code @Autowired KrimflowHttp} calls it. Test classes with the same configuration share one
 * application context and so one database: give each test its own case numbers.
 * <p>
 * The REST API and the webapps find the engine by the name "default" in Camunda's static
 * {@code ProcessEngines} registry, which the JVM shares: a test that starts a further application
 * context itself (e.g. with {@code SpringApplicationBuilder}) must give it another
 * {@code camunda.bpm.process-engine-name}, or this context's REST calls would reach that engine,
 * and {@code camunda.bpm.webapp.enabled=false}: Camunda's webapps keep static runtime delegates, and
 * closing a second context with webapps breaks the webapp login of this one (401).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({ "postgres", "demo" })
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
@Import(KrimflowHttpConfiguration.class)
public @interface KrimflowIntegrationTest {
}
