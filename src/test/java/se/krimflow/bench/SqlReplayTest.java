package se.krimflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * S0 depends on the recorder catching every statement of a transaction and on the replay giving
 * each run its own ids, so keys hold and updates hit the replay's own rows.
 */
class SqlReplayTest {

    private DataSource db;

    @BeforeEach
    void database() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:replay-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        db = h2;
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE DEF (ID_ VARCHAR(64) PRIMARY KEY, NAME_ VARCHAR(64))");
            s.execute("CREATE TABLE EXEC (ID_ VARCHAR(64) PRIMARY KEY, DEF_ID_ VARCHAR(64) REFERENCES DEF(ID_), "
                    + "ACT_INST_ID_ VARCHAR(128), REV_ INT)");
            s.execute("INSERT INTO DEF VALUES ('Case:1:" + UUID.randomUUID() + "', 'existing before the case')");
        }
    }

    @Test
    void replaysWithFreshIdsAsOftenAsAsked() throws Exception {
        SqlRecorder recorder = new SqlRecorder();
        DataSource recorded = recorder.wrap(db);
        String defId = single("SELECT ID_ FROM DEF");
        String execId = UUID.randomUUID().toString();

        List<List<SqlRecorder.Stmt>> txs = recorder.record(() -> {
            try (Connection c = recorded.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO EXEC VALUES (?, ?, ?, ?)")) {
                    ps.setString(1, execId);
                    ps.setString(2, defId);
                    ps.setString(3, "Task_X:" + execId); // a composite id holding the new id
                    ps.setInt(4, 1);
                    ps.executeUpdate();
                }
                c.commit();
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM EXEC WHERE ID_ = ?")) {
                    ps.setString(1, execId);
                    ps.executeQuery().close();
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE EXEC SET REV_ = ? WHERE ID_ = ? AND REV_ = ? AND ACT_INST_ID_ = ?")) {
                    ps.setInt(1, 2);
                    ps.setString(2, execId);
                    ps.setInt(3, 1);
                    ps.setString(4, "Task_X:" + execId);
                    ps.addBatch();
                    ps.executeBatch();
                }
                c.commit();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(txs).hasSize(2);
        assertThat(recorder.commits()).isEqualTo(2);
        SqlReplay replay = new SqlReplay(txs);
        assertThat(replay.statementsByKind()).containsEntry("insert", 1).containsEntry("select", 1)
                .containsEntry("update", 1);

        SqlReplay.Result result = replay.run(db, 3, 2);

        assertThat(result.failedTransactions()).as(String.valueOf(result.firstFailure())).isZero();
        assertThat(result.transactions()).isEqualTo(6);
        // the recorded row and three replayed ones, each updated to REV_ 2 by its own replay
        assertThat(single("SELECT COUNT(*) FROM EXEC WHERE REV_ = 2")).isEqualTo("4");
        assertThat(single("SELECT COUNT(DISTINCT ID_) FROM EXEC")).isEqualTo("4");
        assertThat(single("SELECT COUNT(*) FROM EXEC WHERE ACT_INST_ID_ = 'Task_X:' || ID_")).isEqualTo("4");
        // rows that existed before the case are referenced, not copied
        assertThat(single("SELECT COUNT(DISTINCT DEF_ID_) FROM EXEC")).isEqualTo("1");
    }

    @Test
    void namesTheTablesOneCaseWritesMoreOftenThanAnother() {
        SqlRecorder.Stmt auth = new SqlRecorder.Stmt("insert into ACT_RU_AUTHORIZATION (ID_) values (?)", List.of(),
                false, true);
        SqlRecorder.Stmt task = new SqlRecorder.Stmt("update ACT_RU_TASK set REV_ = ?", List.of(), false, false);
        SqlReplay krimflow = new SqlReplay(List.of(List.of(auth, auth, task)));
        SqlReplay stock = new SqlReplay(List.of(List.of(task)));

        assertThat(krimflow.statementsMoreThan(stock)).isEqualTo("insert ACT_RU_AUTHORIZATION +2");
    }

    private String single(String sql) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
