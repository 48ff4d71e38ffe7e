package se.krimflow.system;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Start-up failures explained in one paragraph instead of a page of stack trace. Registered in
 * META-INF/spring.factories. Nothing here repeats an exception message that could hold a secret.
 */
public final class StartupFailureAnalyzers {

    private StartupFailureAnalyzers() {
    }

    /** A model in processes/ is broken: the message names the file and the problem. */
    public static final class InvalidModel extends AbstractFailureAnalyzer<ProcessesDeployer.InvalidModelException> {
        @Override
        protected FailureAnalysis analyze(Throwable root, ProcessesDeployer.InvalidModelException cause) {
            return new FailureAnalysis(cause.getMessage(),
                    "Fix the file (open it in Camunda Modeler to see the problem) or remove it from processes/, "
                            + "then start again. Nothing of processes/ was deployed, the running versions are unchanged.",
                    cause);
        }
    }

    /** The database cannot be reached, does not exist or refuses the credentials. */
    public static final class Database implements FailureAnalyzer {

        static final String NO_DRIVER = "the URL is not a JDBC URL that a driver accepts";

        private final Environment environment;

        public Database(Environment environment) {
            this.environment = environment;
        }

        @Override
        public FailureAnalysis analyze(Throwable failure) {
            String kind = kindOf(failure);
            if (kind == null) {
                return null;
            }
            String url = safeUrl(environment.getProperty("spring.datasource.url"));
            if (url.startsWith("jdbc:h2:") && kind.equals(NO_DRIVER)) {
                return new FailureAnalysis("This krimflow jar is for PostgreSQL: the embedded H2 database of the "
                        + "development default is not in it (docs/adr/0011).",
                        "Start the jar with SPRING_PROFILES_ACTIVE=postgres and DB_URL, DB_USER and DB_PASSWORD "
                                + "(README, Profiles), or run the embedded default from the sources with "
                                + "./mvnw spring-boot:run.",
                        failure);
            }
            return new FailureAnalysis("krimflow could not use the database " + url + ": " + kind + ".",
                    "Check DB_URL (form jdbc:postgresql://host:5432/database, no credentials in it), DB_USER and "
                            + "DB_PASSWORD, that PostgreSQL is running and reachable from this machine (host, port, "
                            + "firewall) and that the database exists and the user may connect to it. The schema is "
                            + "created by Liquibase on an empty database; nothing else needs to be prepared.",
                    failure);
        }

        /** What went wrong, from SQL states and exception types only, or null when it is not the database. */
        static String kindOf(Throwable failure) {
            Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
                if (t instanceof SQLException sql && sql.getSQLState() != null) {
                    String state = sql.getSQLState();
                    if (state.startsWith("08")) {
                        return "no connection (the server does not answer at that address, SQL state " + state + ")";
                    }
                    if (state.startsWith("28")) {
                        return "the user name or password was refused (SQL state " + state + ")";
                    }
                    if (state.startsWith("3D")) {
                        return "the database does not exist (SQL state " + state + ")";
                    }
                }
                String message = t.getMessage() == null ? "" : t.getMessage();
                if (message.startsWith("Failed to get driver instance for jdbcUrl")
                        || message.startsWith("Cannot load driver class")
                        || message.startsWith("Failed to load driver class")
                        || message.contains("No suitable driver") || message.contains("claims to not accept jdbcUrl")) {
                    return NO_DRIVER;
                }
            }
            return null;
        }

        /** The URL without user info and parameters (a password may be in either). */
        static String safeUrl(String url) {
            if (url == null || url.isBlank()) {
                return "(DB_URL not set)";
            }
            String u = url;
            int q = u.indexOf('?');
            if (q >= 0) {
                u = u.substring(0, q);
            }
            int semicolon = u.indexOf(';');
            if (semicolon >= 0) {
                u = u.substring(0, semicolon);
            }
            int at = u.lastIndexOf('@');
            int scheme = u.indexOf("//");
            if (at >= 0 && scheme >= 0 && at > scheme) {
                u = u.substring(0, scheme + 2) + u.substring(at + 1);
            }
            return u;
        }
    }
}
