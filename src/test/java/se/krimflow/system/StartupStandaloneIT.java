package se.krimflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

import se.krimflow.KrimflowApplication;
import se.krimflow.testsupport.EmbeddedPostgresInitializer;

/**
 * Start-ups of the whole application under the {@code postgres} profile alone (no demo users),
 * each on a database of its own: first start and restart, and a wrong DB_URL.
 */
class StartupStandaloneIT {

    static final AtomicInteger engines = new AtomicInteger();

    @TempDir
    Path root;

    @Test
    void firstStartCreatesTheSchemaAndDeploysProcessesOnceAndARestartDeploysNothing() throws IOException {
        Path processes = copyOfProcessesFolder();
        String db = EmbeddedPostgresInitializer.newDatabase();

        List<String> firstDeployments;
        long firstDefinitions;
        try (ConfigurableApplicationContext first = start(db, processes)) {
            ProcessEngine engine = first.getBean(ProcessEngine.class);
            JdbcTemplate jdbc = new JdbcTemplate(first.getBean(javax.sql.DataSource.class));
            assertThat(jdbc.queryForObject("select count(*) from databasechangelog", Long.class))
                    .as("Liquibase created the schema").isPositive();
            assertThat(jdbc.queryForObject("select count(*) from act_ge_schema_log", Long.class)).isPositive();

            RepositoryService repository = engine.getRepositoryService();
            firstDeployments = repository.createDeploymentQuery().list().stream().map(Deployment::getId).toList();
            assertThat(firstDeployments).hasSize(1);
            assertThat(repository.getDeploymentResourceNames(firstDeployments.get(0)))
                    .containsExactlyInAnyOrderElementsOf(filesIn(processes));
            firstDefinitions = repository.createProcessDefinitionQuery().count()
                    + repository.createDecisionDefinitionQuery().count();

            assertThat(engine.getIdentityService().createUserQuery().count()).as("no demo users under postgres").isZero();
            assertThat(engine.getIdentityService().createGroupQuery().count()).isEqualTo(KrimflowGroup.values().length);
        }

        try (ConfigurableApplicationContext restarted = start(db, processes)) {
            RepositoryService repository = restarted.getBean(ProcessEngine.class).getRepositoryService();
            assertThat(repository.createDeploymentQuery().list().stream().map(Deployment::getId).toList())
                    .as("a restart deploys nothing new").isEqualTo(firstDeployments);
            assertThat(repository.createProcessDefinitionQuery().count() + repository.createDecisionDefinitionQuery().count())
                    .isEqualTo(firstDefinitions);
            assertThat(restarted.getBean(ProcessEngine.class).getIdentityService().createUserQuery().count()).isZero();
        }
    }

    @Test
    void aWrongDbUrlFailsFastWithAClearMessageWithoutSecrets() {
        Instant started = Instant.now();
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(KrimflowApplication.class)
                .profiles("postgres")
                .run("--server.port=0", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/krimflow?password=hemligt",
                        "--spring.datasource.username=krimflow", "--spring.datasource.password=hemligt2",
                        "--camunda.bpm.process-engine-name=wrongurl" + engines.incrementAndGet(),
                        "--camunda.bpm.webapp.enabled=false").close());

        assertThat(failure).isNotNull();
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(90));
        FailureAnalysis analysis = new StartupFailureAnalyzers.Database(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/krimflow?password=hemligt"))
                .analyze(failure);
        assertThat(analysis).as("our analyzer recognises the failure").isNotNull();
        assertThat(analysis.getDescription()).contains("jdbc:postgresql://127.0.0.1:1/krimflow", "no connection")
                .doesNotContain("hemligt");
    }

    @Test
    void aBrokenModelStopsStartUpNamingTheFile() throws IOException {
        Path processes = Files.createDirectories(root.resolve("broken/processes"));
        Files.writeString(processes.resolve("Good.bpmn"), ProcessesDeployerTest.process("Good", "Bra"));
        Files.writeString(processes.resolve("Broken.bpmn"), "<definitions><process");
        String db = EmbeddedPostgresInitializer.newDatabase();

        assertThatThrownBy(() -> start(db, processes).close())
                .satisfies(e -> assertThat(new StartupFailureAnalyzers.InvalidModel().analyze(e).getDescription())
                        .contains("processes/Broken.bpmn"));
    }

    static ConfigurableApplicationContext start(String db, Path processes) {
        return new SpringApplicationBuilder(KrimflowApplication.class)
                .profiles("postgres")
                .run("--server.port=0", "--spring.datasource.url=" + db, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres", "--camunda.bpm.job-execution.enabled=false",
                        // Not "default": the shared test context keeps that name in ProcessEngines.
                        "--camunda.bpm.process-engine-name=startup" + engines.incrementAndGet(),
                        // Camunda's webapps keep static state that closing this context would clear.
                        "--camunda.bpm.webapp.enabled=false",
                        "--krimflow.processes.location=" + processes.toUri());
    }

    /** The real processes/ (whatever the feature issues have put there) plus one model of this test. */
    Path copyOfProcessesFolder() throws IOException {
        Path target = Files.createDirectories(root.resolve("copy/processes"));
        for (Resource r : new PathMatchingResourcePatternResolver().getResources(ProcessesDeployer.LOCATION + "**/*")) {
            if (!r.isReadable() || r.getFilename() == null || !r.getFilename().matches(".*\\.(bpmn|dmn|form)")) {
                continue;
            }
            Path file = target.resolve(ProcessesDeployer.nameOf(r));
            Files.createDirectories(file.getParent());
            try (InputStream in = r.getInputStream()) {
                Files.copy(in, file);
            }
        }
        Files.writeString(target.resolve("RestartMarker.bpmn"), Bpmn.convertToString(Bpmn.createExecutableProcess(
                "RestartMarker").camundaHistoryTimeToLive(1).startEvent().userTask().endEvent().done()));
        return target;
    }

    static List<String> filesIn(Path processes) throws IOException {
        try (var files = Files.walk(processes)) {
            return files.filter(Files::isRegularFile).map(f -> processes.relativize(f).toString().replace('\\', '/'))
                    .toList();
        }
    }
}
