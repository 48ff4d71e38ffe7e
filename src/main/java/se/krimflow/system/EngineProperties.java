package se.krimflow.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The engine settings of {@code krimflow.engine} in application.yaml, with their defaults in one
 * place: the application binds them here, and the in-memory engine of the process tests reads the
 * constants ({@code camunda.cfg.xml}).
 *
 * @param historyTimeToLive       how long finished processes stay in history (ISO-8601 period)
 * @param queryMaxResults         the most rows one engine query may return
 * @param failedJobRetryTimeCycle how often and how far apart a failed job is retried
 * @param deployProcesses         whether processes/ is deployed at start
 */
@ConfigurationProperties("krimflow.engine")
public record EngineProperties(
        @DefaultValue(HISTORY_TIME_TO_LIVE) String historyTimeToLive,
        @DefaultValue("" + QUERY_MAX_RESULTS) int queryMaxResults,
        @DefaultValue(FAILED_JOB_RETRY_TIME_CYCLE) String failedJobRetryTimeCycle,
        @DefaultValue("true") boolean deployProcesses) {

    /** Five years: the longest time a case's history must be kept (see DOMAIN.md). */
    public static final String HISTORY_TIME_TO_LIVE = "P1825D";
    public static final int QUERY_MAX_RESULTS = 2000;
    public static final String FAILED_JOB_RETRY_TIME_CYCLE = "R3/PT5M";
}
