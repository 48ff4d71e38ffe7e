package se.krimflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import se.krimflow.KrimflowApplication;
import se.krimflow.testsupport.KrimflowHttp;

/**
 * Readiness follows the database: DOWN while PostgreSQL is stopped, UP again by itself when it is
 * back. A PostgreSQL server of its own, as the shared one must not be stopped.
 */
class ReadinessStandaloneIT {

    @Test
    void readinessGoesDownWhileTheDatabaseIsStoppedAndComesBackByItself() throws Exception {
        Path data = Files.createTempDirectory("krimflow-readiness-pg");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
        int port = postgres.getPort();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KrimflowApplication.class)
                .profiles("postgres")
                .run("--server.port=0", "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                        "--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.process-engine-name=readiness",
                        // Camunda's webapps keep static state that closing this context would clear.
                        "--camunda.bpm.webapp.enabled=false")) {
            KrimflowHttp http = new KrimflowHttp(((WebServerApplicationContext) app).getWebServer().getPort());
            assertThat(readiness(http)).isEqualTo(200);

            postgres.close();
            assertThat(waitFor(http, 503, Duration.ofSeconds(60))).as("DOWN while the database is stopped").isEqualTo(503);
            assertThat(http.get("/actuator/health/liveness", null).statusCode()).as("still alive").isEqualTo(200);

            postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
            assertThat(waitFor(http, 200, Duration.ofSeconds(90))).as("UP again by itself").isEqualTo(200);
        } finally {
            postgres.close();
            deleteQuietly(data);
        }
    }

    static int readiness(KrimflowHttp http) {
        return http.get("/actuator/health/readiness", null).statusCode();
    }

    static int waitFor(KrimflowHttp http, int status, Duration timeout) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        int last = readiness(http);
        while (last != status && Instant.now().isBefore(end)) {
            Thread.sleep(1000);
            last = readiness(http);
        }
        return last;
    }

    static void deleteQuietly(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
