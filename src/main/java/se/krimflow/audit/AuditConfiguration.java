package se.krimflow.audit;

import java.time.Duration;
import java.util.Date;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.Scheduled;

import se.krimflow.system.EndpointAccess;
import se.krimflow.system.KrimflowGroup;
import se.krimflow.system.ReadAudit;

/**
 * Who may read the read log (CONTRACT.md: {@code camunda-admin}, {@code krimteamet-chef}), and its
 * retention: every night entries older than {@code krimflow.read-log.retention-days} (default 1830,
 * longer than every model's history time to live) are removed once the engine has removed the
 * history of their case.
 */
@Configuration
class AuditConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(AuditConfiguration.class);

    private final ReadAudit audit;
    private final int retentionDays;

    AuditConfiguration(ReadAudit audit, @Value("${krimflow.read-log.retention-days:1830}") int retentionDays) {
        this.audit = audit;
        this.retentionDays = retentionDays;
    }

    @Bean
    EndpointAccess auditAccess() {
        return EndpointAccess.forGroups(HttpMethod.GET, "/api/audit",
                Set.of(KrimflowGroup.ID_CAMUNDA_ADMIN, KrimflowGroup.ID_KRIMTEAMET_CHEF));
    }

    @Scheduled(cron = "${krimflow.read-log.cleanup-cron:0 30 3 * * *}", zone = "Europe/Stockholm")
    void cleanUp() {
        Date before = Date.from(ClockUtil.getCurrentTime().toInstant().minus(Duration.ofDays(retentionDays)));
        int removed = audit.deleteOlderThan(before);
        LOG.info("Read log cleanup: {} entries older than {} days removed", removed, retentionDays);
    }
}
