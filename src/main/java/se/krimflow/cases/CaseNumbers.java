package se.krimflow.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * Opaque case numbers, sequential per year: {@code UNG-2026-000123}. One row per year in the
 * table {@code KRIMFLOW_CASE_NUMBER}; each number is taken in its own short transaction
 * ({@code UPDATE ... SET last_number = last_number + 1}, which locks the year's row), so concurrent
 * intakes never get the same number, on H2 and PostgreSQL alike. A case whose start fails leaves a
 * gap; numbers are never reused. See docs/adr/0006-case-numbers.md.
 */
class CaseNumbers {

    static final String TABLE = "KRIMFLOW_CASE_NUMBER";
    private static final int MAX_ATTEMPTS = 5;

    private final DataSource dataSource;

    public CaseNumbers(DataSource dataSource) {
        this.dataSource = dataSource;
        createTable();
    }

    public static String format(int year, long number) {
        return String.format("UNG-%d-%06d", year, number);
    }

    /** The next case number of {@code year}. */
    public String next(int year) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                boolean autoCommit = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    Long number = increment(c, year);
                    if (number == null) {
                        insertFirst(c, year);
                        number = 1L;
                    }
                    c.commit();
                    return format(year, number);
                } catch (SQLException e) {
                    c.rollback();
                    if (!isDuplicateKey(e)) {
                        throw e;
                    }
                    // Another intake created the year's row at the same moment: take the next one.
                } finally {
                    c.setAutoCommit(autoCommit);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not take a case number", e);
            }
        }
        throw new IllegalStateException("Could not take a case number after " + MAX_ATTEMPTS + " attempts");
    }

    private static Long increment(Connection c, int year) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE " + TABLE + " SET LAST_NUMBER = LAST_NUMBER + 1 WHERE CASE_YEAR = ?")) {
            update.setInt(1, year);
            if (update.executeUpdate() == 0) {
                return null;
            }
        }
        try (PreparedStatement select = c.prepareStatement(
                "SELECT LAST_NUMBER FROM " + TABLE + " WHERE CASE_YEAR = ?")) {
            select.setInt(1, year);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void insertFirst(Connection c, int year) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO " + TABLE + " (CASE_YEAR, LAST_NUMBER) VALUES (?, 1)")) {
            insert.setInt(1, year);
            insert.executeUpdate();
        }
    }

    private static boolean isDuplicateKey(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    private void createTable() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE
                    + " (CASE_YEAR INTEGER NOT NULL PRIMARY KEY, LAST_NUMBER BIGINT NOT NULL)");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the case number table", e);
        }
    }
}
