package se.krimflow.system;

import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.krimflow.forms.FormRules;
import se.krimflow.forms.FormValidationPlugin;

/**
 * The hardened engine: every setting here has a test that reads it back
 * (EngineHardeningTest). Values come from application.yaml under {@code krimflow.engine} ({@link EngineProperties}).
 */
@Configuration
@EnableConfigurationProperties(EngineProperties.class)
class EngineConfiguration {

    /** The read log's table, in the engine's database (ReadAudit). */
    @Bean
    ReadAudit readAudit(DataSource dataSource) {
        return new ReadAudit(dataSource);
    }

    /**
     * Every read of case variables through the engine goes to the read log (ReadAuditPlugin).
     * {@code krimflow.read-log.engine-reads=false} only for the benchmark that measures its cost.
     */
    @Bean
    @ConditionalOnProperty(name = "krimflow.read-log.engine-reads",
            havingValue = "true", matchIfMissing = true)
    ProcessEnginePlugin krimflowReadAudit(ReadAudit audit) {
        return new ReadAuditPlugin(audit);
    }

    /** Server-side validation of every Camunda Form (see FormValidationPlugin). */
    @Bean
    ProcessEnginePlugin krimflowFormValidation(List<FormRules> rules) {
        return new FormValidationPlugin(rules);
    }

    @Bean
    ProcessEnginePlugin krimflowEngineHardening(
            EngineProperties settings,
            @Value("${krimflow.processes.location:" + ProcessesDeployer.LOCATION + "}") String processesLocation) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setAuthorizationEnabled(true);
                configuration.setAdminGroups(List.of(KrimflowGroup.ID_CAMUNDA_ADMIN));
                // Group and user ids of CONTRACT.md contain hyphens; still no spaces or symbols.
                configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*");
                // Candidates get TASK_WORK (claim, complete, variables), not full UPDATE.
                configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
                // No code in queries: neither in ad-hoc queries nor in stored filters.
                configuration.setEnableExpressionsInAdhocQueries(false);
                configuration.setEnableExpressionsInStoredQueries(false);
                // Variables are never Java-serialized; what is deserialized is type-checked.
                configuration.setJavaSerializationFormatEnabled(false);
                configuration.setDeserializationTypeValidationEnabled(true);
                configuration.setQueryMaxResultsLimit(settings.queryMaxResults());
                // Failed logins never lock a user for good (CONTRACT.md): the engine's own users are
                // only delayed after wrong passwords (3 s doubling, at most 60 s), never locked until
                // an administrator unlocks them, which anyone could otherwise do to anyone.
                configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
                configuration.setLoginDelayBase(3);
                configuration.setLoginDelayFactor(2);
                configuration.setLoginDelayMaxTime(60);
                configuration.setFailedJobRetryTimeCycle(settings.failedJobRetryTimeCycle());
                // Every definition has a history time to live; models may set their own.
                configuration.setHistoryTimeToLive(settings.historyTimeToLive());
                configuration.setEnforceHistoryTimeToLive(true);
                configuration.setHistoryCleanupBatchWindowStartTime("22:00");
                configuration.setHistoryCleanupBatchWindowEndTime("05:00");
                configuration.setHistoryCleanupStrategy("removalTimeBased");
            }

            @Override
            public void postProcessEngineBuild(ProcessEngine engine) {
                // The REST API and the webapps find the engine through ProcessEngines. Without this,
                // their first lookup scans the classpath for a camunda.cfg.xml and would build (and
                // register as "default") a second engine from it, e.g. the in-memory test engine.
                EngineRegistry.skipClasspathScan();
                if (settings.deployProcesses()) {
                    new ProcessesDeployer(processesLocation).deploy(engine);
                }
            }
        };
    }
}
