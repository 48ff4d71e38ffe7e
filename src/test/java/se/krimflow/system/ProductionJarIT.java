package se.krimflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packaged jar is the production artifact: PostgreSQL's driver is in it, H2 is not (the embedded
 * H2 default is for {@code ./mvnw spring-boot:run} only, docs/adr/0011). Runs after {@code package}.
 */
class ProductionJarIT {

    static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().matches("krimflow-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith(".original")).toList();
            assertThat(jars).as("target/krimflow-*.jar (run ./mvnw package first)").hasSize(1);
            return jars.get(0);
        }
    }

    static List<String> libraries() throws IOException {
        try (JarFile jar = new JarFile(jar().toFile())) {
            return Collections.list(jar.entries()).stream().map(e -> e.getName())
                    .filter(n -> n.startsWith("BOOT-INF/lib/")).map(n -> n.substring("BOOT-INF/lib/".length()))
                    .toList();
        }
    }

    @Test
    void theJarCarriesPostgresqlAndNoH2() throws IOException {
        List<String> libraries = libraries();
        assertThat(libraries).anyMatch(n -> n.startsWith("postgresql-"));
        assertThat(libraries).anyMatch(n -> n.startsWith("camunda-engine-"));
        assertThat(libraries).noneMatch(n -> n.startsWith("h2-"));
    }

    /** Started without a profile, the jar says in one paragraph what to do instead, and stops. */
    @Test
    void startedOnTheH2DefaultTheJarSaysItIsForPostgresqlAndStops() throws Exception {
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toString(), "--server.port=0", "--spring.datasource.url=jdbc:h2:file:./target/no-h2/db")
                .redirectErrorStream(true).start();
        boolean stopped = app.waitFor(180, TimeUnit.SECONDS);
        if (!stopped) {
            app.destroyForcibly();
        }
        String output = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(stopped).as("the jar stops by itself").isTrue();
        assertThat(app.exitValue()).isNotZero();
        assertThat(output).contains("This krimflow jar is for PostgreSQL", "SPRING_PROFILES_ACTIVE=postgres",
                "./mvnw spring-boot:run");
    }
}
