package se.krimflow.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import se.krimflow.bench.SqlRecorder.Param;
import se.krimflow.bench.SqlRecorder.Stmt;

/**
 * S0, the ceiling: replays the transactions one case made (recorded by {@link SqlRecorder}) over
 * plain JDBC, on the same database the engine used, with the same concurrency. Each replay gets new
 * ids: every UUID that a recorded INSERT created (found in its first parameter, also inside
 * composite ids such as activity instance ids) is replaced, wherever it occurs, by a fresh one, so
 * primary keys and unique constraints hold and the UPDATEs and DELETEs hit the rows the replay
 * inserted. Rows that existed before the case (definitions, authorizations of the groups) are read
 * as they were. Every query's result set is read to its end.
 */
final class SqlReplay {

    private static final Pattern WRITE = Pattern.compile(
            "^\\s*(insert|update|delete)\\s+(?:into\\s+|from\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM = Pattern.compile("\\bfrom\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    record Result(int cases, int transactions, int statements, int failedTransactions, double seconds,
            String firstFailure) { }

    private final List<List<Stmt>> transactions;
    private final Set<String> createdIds = new HashSet<>();
    private final int statementsPerCase;

    SqlReplay(List<List<Stmt>> transactions) {
        this.transactions = transactions;
        int n = 0;
        for (List<Stmt> tx : transactions) {
            for (Stmt s : tx) {
                n++;
                if (s.sql().stripLeading().regionMatches(true, 0, "insert", 0, 6) && !s.params().isEmpty()
                        && s.params().get(0).args()[1] instanceof String id) {
                    Matcher m = UUID_TEXT.matcher(id);
                    while (m.find()) {
                        createdIds.add(m.group());
                    }
                }
            }
        }
        this.statementsPerCase = n;
    }

    /** Statements per case by their first word (select, insert, update, delete). */
    Map<String, Integer> statementsByKind() {
        Map<String, Integer> kinds = new TreeMap<>();
        transactions.stream().flatMap(List::stream).forEach(st -> kinds.merge(
                st.sql().stripLeading().split("\\s+", 2)[0].toLowerCase(Locale.ROOT), 1, Integer::sum));
        return kinds;
    }

    /**
     * Statements per table ("insert ACT_HI_DETAIL", "select ACT_RU_TASK": a query by its first FROM)
     * that this case makes more often than {@code other}'s, most first.
     */
    String statementsMoreThan(SqlReplay other) {
        Map<String, Integer> mine = statementsByTable();
        Map<String, Integer> theirs = other.statementsByTable();
        return mine.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - theirs.getOrDefault(e.getKey(), 0)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getKey() + " +" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private Map<String, Integer> statementsByTable() {
        Map<String, Integer> writes = new TreeMap<>();
        for (List<Stmt> tx : transactions) {
            for (Stmt st : tx) {
                Matcher m = WRITE.matcher(st.sql());
                if (m.find()) {
                    writes.merge(m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2).toUpperCase(Locale.ROOT), 1,
                            Integer::sum);
                } else if (st.query() && (m = FROM.matcher(st.sql())).find()) {
                    writes.merge("select " + m.group(1).toUpperCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        return writes;
    }

    int transactionsPerCase() {
        return transactions.size();
    }

    int statementsPerCase() {
        return statementsPerCase;
    }

    /** Replays {@code cases} cases on {@code threads} threads; each case replays all transactions in order. */
    Result run(DataSource db, int cases, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        String[] firstFailure = new String[1];
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < cases; i++) {
            futures.add(pool.submit(() -> {
                Map<String, String> ids = new HashMap<>();
                try (Connection c = db.getConnection()) {
                    c.setAutoCommit(false);
                    for (List<Stmt> tx : transactions) {
                        try {
                            replay(c, tx, ids);
                            c.commit();
                            done.incrementAndGet();
                        } catch (SQLException e) {
                            c.rollback();
                            failed.incrementAndGet();
                            synchronized (firstFailure) {
                                if (firstFailure[0] == null) {
                                    firstFailure[0] = e.getMessage();
                                }
                            }
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(cases, done.get(), cases * statementsPerCase, failed.get(), seconds, firstFailure[0]);
    }

    private void replay(Connection c, List<Stmt> tx, Map<String, String> ids) throws Exception {
        int i = 0;
        while (i < tx.size()) {
            Stmt s = tx.get(i);
            try (PreparedStatement ps = c.prepareStatement(s.sql())) {
                if (s.batch()) {
                    // consecutive batch entries of one SQL were one executeBatch
                    while (i < tx.size() && tx.get(i).batch() && tx.get(i).sql().equals(s.sql())) {
                        bind(ps, tx.get(i), ids);
                        ps.addBatch();
                        i++;
                    }
                    ps.executeBatch();
                    continue;
                }
                bind(ps, s, ids);
                if (s.query()) {
                    try (ResultSet rs = ps.executeQuery()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int col = 1; col <= columns; col++) {
                                rs.getObject(col);
                            }
                        }
                    }
                } else {
                    ps.execute();
                }
                i++;
            }
        }
    }

    private void bind(PreparedStatement ps, Stmt s, Map<String, String> ids) throws Exception {
        for (Param p : s.params()) {
            p.applyTo(ps, value -> value instanceof String text ? remap(text, ids) : value);
        }
    }

    private String remap(String text, Map<String, String> ids) {
        if (text.length() < 36) {
            return text;
        }
        Matcher m = UUID_TEXT.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            if (!createdIds.contains(m.group())) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(ids.computeIfAbsent(m.group(), k -> UUID.randomUUID().toString()));
            last = m.end();
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }
}
