package se.krimflow.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read log (CONTRACT.md "Who may read what, and the read log"): every read of a case's data is
 * a row in krimflow's own table {@value #TABLE}, in the database of the engine: who, when, which case
 * number, what (a description of the read, never the values read). Rows are only ever added; on
 * PostgreSQL a trigger refuses every UPDATE, and every DELETE but the retention cleanup's
 * ({@link #deleteOlderThan}). Written through the application's transactional data source, so a read
 * inside an engine command is logged in that command's transaction.
 */
public class ReadAudit {

    public static final String TABLE = "KRIMFLOW_READ_LOG";
    static final int WHAT_LENGTH = 400;
    /** The setting that lets the cleanup's own transaction delete (PostgreSQL). */
    static final String CLEANUP_SETTING = "krimflow.read_log_cleanup";

    /** One entry of the log. */
    public record Entry(Instant at, String userId, String caseNumber, String what) {
    }

    /** A page of entries, newest first, and how many there are in all. */
    public record Page(List<Entry> items, long total) {
    }

    private final JdbcTemplate jdbc;

    public ReadAudit(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        createTable(dataSource);
    }

    /** Logs one read by {@code userId} of each case in {@code caseNumbers} (null: not a case, e.g. a report). */
    public void record(String userId, Collection<String> caseNumbers, String what) {
        Timestamp at = new Timestamp(ClockUtil.getCurrentTime().getTime());
        String description = what.length() > WHAT_LENGTH ? what.substring(0, WHAT_LENGTH) : what;
        List<Object[]> rows = new ArrayList<>();
        for (String caseNumber : caseNumbers) {
            rows.add(new Object[] { at, userId, caseNumber, description });
        }
        jdbc.batchUpdate("INSERT INTO " + TABLE + " (READ_AT, USER_ID, CASE_NUMBER, WHAT) VALUES (?, ?, ?, ?)", rows);
    }

    public void record(String userId, String caseNumber, String what) {
        record(userId, Collections.singletonList(caseNumber), what);
    }

    /** Entries newest first; only those of {@code caseNumber} when it is given. */
    public Page page(String caseNumber, int page, int size) {
        String where = caseNumber == null ? "" : " WHERE CASE_NUMBER = ?";
        Object[] args = caseNumber == null ? new Object[0] : new Object[] { caseNumber };
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM " + TABLE + where, Long.class, args);
        List<Entry> items = jdbc.query("SELECT READ_AT, USER_ID, CASE_NUMBER, WHAT FROM " + TABLE + where
                + " ORDER BY READ_AT DESC, ID DESC LIMIT " + size + " OFFSET " + ((long) page * size),
                (rs, n) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)),
                args);
        return new Page(items, total == null ? 0 : total);
    }

    /** The case number (business key) of each of these process instances that history knows. */
    public Map<String, String> caseNumbersOf(Collection<String> processInstanceIds) {
        Map<String, String> found = new HashMap<>();
        List<String> ids = new ArrayList<>(processInstanceIds);
        for (int from = 0; from < ids.size(); from += 100) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 100));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            jdbc.query("SELECT PROC_INST_ID_, BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE PROC_INST_ID_ IN (" + marks + ")",
                    rs -> {
                        if (rs.getString(2) != null) {
                            found.put(rs.getString(1), rs.getString(2));
                        }
                    }, chunk.toArray());
        }
        return found;
    }

    /**
     * The retention cleanup: removes entries older than {@code before} whose case history the engine
     * has removed (the log is kept at least as long as the case's history). Returns how many.
     */
    public int deleteOlderThan(Date before) {
        return jdbc.execute((Connection c) -> {
            boolean postgres = isPostgres(c);
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (var allow = c.createStatement()) {
                if (postgres) {
                    allow.execute("SET LOCAL " + CLEANUP_SETTING + " = 'on'");
                }
                try (var delete = c.prepareStatement("DELETE FROM " + TABLE + " WHERE READ_AT < ? AND (CASE_NUMBER IS NULL"
                        + " OR NOT EXISTS (SELECT 1 FROM ACT_HI_PROCINST P WHERE P.BUSINESS_KEY_ = " + TABLE + ".CASE_NUMBER))")) {
                    delete.setTimestamp(1, new Timestamp(before.getTime()));
                    int removed = delete.executeUpdate();
                    c.commit();
                    return removed;
                }
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        });
    }

    private static boolean isPostgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    private static void createTable(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (ID BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                    + " READ_AT TIMESTAMP NOT NULL, USER_ID VARCHAR(128), CASE_NUMBER VARCHAR(64),"
                    + " WHAT VARCHAR(" + WHAT_LENGTH + ") NOT NULL)");
            s.execute("CREATE INDEX IF NOT EXISTS KRIMFLOW_READ_LOG_CASE ON " + TABLE + " (CASE_NUMBER, READ_AT)");
            s.execute("CREATE INDEX IF NOT EXISTS KRIMFLOW_READ_LOG_AT ON " + TABLE + " (READ_AT)");
            if (isPostgres(c)) {
                s.execute("CREATE OR REPLACE FUNCTION KRIMFLOW_READ_LOG_APPEND_ONLY() RETURNS TRIGGER AS $$ BEGIN"
                        + " IF TG_OP = 'DELETE' AND current_setting('" + CLEANUP_SETTING + "', true) = 'on' THEN RETURN OLD; END IF;"
                        + " RAISE EXCEPTION 'The read log only takes new entries'; END $$ LANGUAGE plpgsql");
                boolean present;
                try (var rs = s.executeQuery("SELECT 1 FROM pg_trigger WHERE tgname = 'krimflow_read_log_append_only'")) {
                    present = rs.next();
                }
                if (!present) {
                    s.execute("CREATE TRIGGER KRIMFLOW_READ_LOG_APPEND_ONLY BEFORE UPDATE OR DELETE ON " + TABLE
                            + " FOR EACH ROW EXECUTE FUNCTION KRIMFLOW_READ_LOG_APPEND_ONLY()");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the read log table " + TABLE, e);
        }
    }
}
