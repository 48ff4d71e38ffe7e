package se.krimflow.bench;

import java.io.InputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

/**
 * A JDBC proxy around an engine's DataSource (S0, S1): counts committed transactions always, and
 * while {@link #record} runs on the calling thread, records every statement that thread's connections
 * execute (SQL, the parameter setter calls, and where the transaction ends), so {@link SqlReplay}
 * can replay them over plain JDBC. Only the recording thread is recorded: the job executor's polling
 * does not belong to a case (the models have no asynchronous continuations, so a case runs wholly on
 * the thread that drives it).
 */
final class SqlRecorder {

    /** One setter call on a PreparedStatement, e.g. setString(3, "x"). */
    record Param(String method, Class<?>[] types, Object[] args) {

        /** Makes the same call on {@code ps}, with the value (the second argument) passed through {@code value}. */
        void applyTo(PreparedStatement ps, UnaryOperator<Object> value) throws SQLException {
            Object[] copy = args.clone();
            copy[1] = value.apply(copy[1]);
            try {
                PreparedStatement.class.getMethod(method, types).invoke(ps, copy);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot replay " + method, e);
            }
        }
    }

    /** One execution: the SQL and its parameters (a JDBC batch adds one per addBatch, {@code batch} set). */
    record Stmt(String sql, List<Param> params, boolean query, boolean batch) { }

    private final AtomicLong commits = new AtomicLong();
    private final ThreadLocal<List<List<Stmt>>> recording = new ThreadLocal<>();

    long commits() {
        return commits.get();
    }

    DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c ? connection(c) : result;
                });
    }

    /** Runs {@code work} on this thread and returns the transactions it committed, in order. */
    List<List<Stmt>> record(Runnable work) {
        List<List<Stmt>> txs = new ArrayList<>();
        txs.add(new ArrayList<>());
        recording.set(txs);
        try {
            work.run();
        } finally {
            recording.remove();
        }
        txs.removeIf(List::isEmpty);
        return txs;
    }

    private Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
                (proxy, method, args) -> {
                    String name = method.getName();
                    Object result = invoke(target, method, args);
                    List<List<Stmt>> txs = recording.get();
                    if (name.equals("commit")) {
                        commits.incrementAndGet();
                        if (txs != null) {
                            txs.add(new ArrayList<>());
                        }
                    } else if (name.equals("rollback") && txs != null) {
                        txs.get(txs.size() - 1).clear();
                    } else if (txs != null && name.equals("prepareStatement") && result instanceof PreparedStatement ps) {
                        return prepared(ps, (String) args[0], txs);
                    } else if (txs != null && name.equals("createStatement") && result instanceof Statement s) {
                        return plain(s, txs);
                    }
                    return result;
                });
    }

    private static Object prepared(PreparedStatement target, String sql, List<List<Stmt>> txs) {
        List<Param> params = new ArrayList<>();
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                if (args[1] instanceof InputStream in) { // a stream is read once: set and replay it as bytes
                    byte[] bytes = in.readAllBytes();
                    params.add(new Param("setBytes", new Class<?>[] { int.class, byte[].class },
                            new Object[] { args[0], bytes }));
                    target.setBytes((Integer) args[0], bytes);
                    return null;
                }
                params.add(new Param(name, method.getParameterTypes(), args.clone()));
            } else if (name.equals("addBatch") && (args == null || args.length == 0)) {
                txs.get(txs.size() - 1).add(new Stmt(sql, List.copyOf(params), false, true));
                params.clear();
            } else if ((name.equals("execute") || name.equals("executeQuery") || name.equals("executeUpdate"))
                    && (args == null || args.length == 0)) {
                txs.get(txs.size() - 1).add(new Stmt(sql, List.copyOf(params), isQuery(sql), false));
            } else if (name.equals("clearParameters")) {
                params.clear();
            }
            return invoke(target, method, args);
        };
        return Proxy.newProxyInstance(SqlRecorder.class.getClassLoader(), new Class<?>[] { PreparedStatement.class },
                handler);
    }

    private static Object plain(Statement target, List<List<Stmt>> txs) {
        return Proxy.newProxyInstance(SqlRecorder.class.getClassLoader(), new Class<?>[] { Statement.class },
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("execute") && args != null && args.length >= 1 && args[0] instanceof String sql) {
                        txs.get(txs.size() - 1).add(new Stmt(sql, List.of(), isQuery(sql), false));
                    }
                    return invoke(target, method, args);
                });
    }

    static boolean isQuery(String sql) {
        String s = sql.stripLeading().toLowerCase(Locale.ROOT);
        return s.startsWith("select") || s.startsWith("with");
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
