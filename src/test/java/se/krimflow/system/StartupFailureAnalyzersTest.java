package se.krimflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.mock.env.MockEnvironment;

class StartupFailureAnalyzersTest {

    @Test
    void aRefusedConnectionIsExplainedWithoutSecrets() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://kim:hemligt@db.example:5433/krimflow?password=hemligt");
        Exception failure = new BeanCreationException("liquibase",
                new RuntimeException("wrapped", new SQLException("Connection to db.example:5433 refused, password hemligt", "08001")));

        var analysis = new StartupFailureAnalyzers.Database(environment).analyze(failure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("jdbc:postgresql://db.example:5433/krimflow", "no connection")
                .doesNotContain("hemligt", "kim");
        assertThat(analysis.getAction()).contains("DB_URL", "DB_USER", "DB_PASSWORD").doesNotContain("hemligt");
    }

    @Test
    void wrongPasswordMissingDatabaseAndBadUrlAreToldApart() {
        assertThat(StartupFailureAnalyzers.Database.kindOf(new SQLException("x", "28P01"))).contains("password");
        assertThat(StartupFailureAnalyzers.Database.kindOf(new SQLException("x", "3D000"))).contains("does not exist");
        assertThat(StartupFailureAnalyzers.Database.kindOf(
                new RuntimeException("Failed to get driver instance for jdbcUrl=jdbc:postgres://x"))).contains("URL");
    }

    @Test
    void theH2UrlOnTheProductionJarSaysTheJarIsForPostgresql() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/krimflow;DB_CLOSE_ON_EXIT=FALSE");
        Exception failure = new BeanCreationException("dataSource", new RuntimeException(
                "Failed to load driver class org.h2.Driver in either of HikariConfig class loader or Thread context classloader"));

        var analysis = new StartupFailureAnalyzers.Database(environment).analyze(failure);

        assertThat(analysis.getDescription()).contains("for PostgreSQL", "H2");
        assertThat(analysis.getAction()).contains("SPRING_PROFILES_ACTIVE=postgres", "DB_URL", "./mvnw spring-boot:run");
    }

    @Test
    void otherFailuresAreLeftToSpringBoot() {
        assertThat(StartupFailureAnalyzers.Database.kindOf(new IllegalStateException("x"))).isNull();
        assertThat(StartupFailureAnalyzers.Database.kindOf(new SQLException("syntax", "42601"))).isNull();
    }

    @Test
    void aBrokenModelIsExplainedByItsFileName() {
        var analysis = new StartupFailureAnalyzers.InvalidModel().analyze(new BeanCreationException("engine",
                new ProcessesDeployer.InvalidModelException("processes/Broken.bpmn is not a valid model: x", null)));

        assertThat(analysis.getDescription()).contains("processes/Broken.bpmn");
        assertThat(analysis.getAction()).contains("Nothing of processes/ was deployed");
    }
}
