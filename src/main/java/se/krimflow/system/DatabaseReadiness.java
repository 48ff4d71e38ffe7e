package se.krimflow.system;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of the readiness group ({@code /actuator/health/readiness}): DOWN while the database does
 * not answer a trivial query within the timeout, UP again as soon as it does (nothing to restart).
 * Camunda's own health indicator only says whether the engine object exists.
 */
@Component("databaseReadiness")
class DatabaseReadiness implements HealthIndicator, DisposableBean {

    private final DataSource dataSource;
    private final Duration timeout;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "database-readiness");
        t.setDaemon(true);
        return t;
    });

    DatabaseReadiness(DataSource dataSource,
            @Value("${krimflow.health.database-timeout:PT2S}") Duration timeout) {
        this.dataSource = dataSource;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        Future<Boolean> check = executor.submit(this::answers);
        try {
            return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS) ? Health.up().build()
                    : Health.down().withDetail("database", "no answer").build();
        } catch (TimeoutException e) {
            check.cancel(true);
            return Health.down().withDetail("database", "no answer within " + timeout).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().build();
        } catch (Exception e) {
            // No exception text: it may carry the JDBC URL.
            return Health.down().withDetail("database", e.getCause() == null ? e.getClass().getSimpleName()
                    : e.getCause().getClass().getSimpleName()).build();
        }
    }

    private boolean answers() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
            return s.execute("SELECT 1");
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
