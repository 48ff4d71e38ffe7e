package se.krimflow.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import se.krimflow.KrimflowApplication;
import se.krimflow.system.KrimflowGroup;
import se.krimflow.system.ProcessesDeployer;
import se.krimflow.testsupport.EmbeddedPostgresInitializer;

/**
 * The benchmark runner of issue 9 (start it with {@code bench/run.sh [quick|full]}; not a test, so
 * {@code ./mvnw verify} never runs it). Both engines run in this JVM on one embedded PostgreSQL, each
 * on a database of its own:
 * <ul>
 * <li>krimflow: the application itself (Spring Boot context, profiles postgres+demo: EngineConfiguration
 * hardening, FormValidationPlugin, authorization on, AccessSetup's authorizations);</li>
 * <li>stock: a second context of the same application and models with the Camunda 7.24 Spring Boot
 * starter defaults (authorization off, no krimflow engine plugins, see {@link #stockDefaults()}).</li>
 * </ul>
 * Scenarios: S1 whole cases and S0 their SQL replayed over plain JDBC, S2 the Tasklist inbox query,
 * S3 start to ready and RSS (bench/startup.sh). What each measures: bench/README.md.
 */
public final class BenchRunner {

    /** The ten concurrent Tasklist users: demo users (DemoUsers) and the groups they are in. */
    private static final List<Map.Entry<String, List<String>>> USERS = List.of(
            Map.entry("krim1", List.of(KrimflowGroup.ID_KRIMTEAMET)),
            Map.entry("krimchef1", List.of(KrimflowGroup.ID_KRIMTEAMET_CHEF)),
            Map.entry("handlaggare1", List.of(KrimflowGroup.ID_HANDLAGGARE)),
            Map.entry("mobila1", List.of(KrimflowGroup.ID_MOBILA_TEAMET)),
            Map.entry("ungdomstjanst1", List.of(KrimflowGroup.ID_UNGDOMSTJANST)),
            Map.entry("kvalitet1", List.of(KrimflowGroup.ID_KVALITET)),
            Map.entry("brottsoffer1", List.of(KrimflowGroup.ID_BROTTSOFFERSTOD)),
            Map.entry("krim1", List.of(KrimflowGroup.ID_KRIMTEAMET)),
            Map.entry("handlaggare1", List.of(KrimflowGroup.ID_HANDLAGGARE)),
            Map.entry("mobila1", List.of(KrimflowGroup.ID_MOBILA_TEAMET)));

    private static final int PAGE = 15;
    private static final int CHUNK = 500;
    private static final int S1_THREADS = 2;

    record Settings(String mode, int[] sizes, int rounds, int queriesPerUser, int warmupPerUser,
            int genThreads, int startupReps, int cases) {
        static Settings of(String mode) {
            return switch (mode) {
                case "smoke" -> new Settings(mode, new int[] { 200, 600 }, 2, 3, 1, 2, 0, 2);
                // only the inbox query plans (S2 data and one round), for looking at the plans
                case "plan" -> new Settings(mode, new int[] { 10_000 }, 1, 1, 0, 2, 0, 0);
                // only S2 at 10k, three rounds, for before/after figures of one setting
                case "inbox" -> new Settings(mode, new int[] { 10_000 }, 3, 10, 3, 2, 0, 0);
                // only S1 and S0, three rounds of 10 cases per side
                case "cases" -> new Settings(mode, new int[0], 3, 10, 3, 2, 0, 10);
                // only S3, as in full (the REST inbox load opens 10,000 tasks)
                case "startup" -> new Settings(mode, new int[0], 0, 0, 0, 2, 2, 0);
                case "full" -> new Settings(mode, new int[] { 10_000, 100_000 }, 5, 10, 2, 2, 2, 20);
                default -> new Settings("quick", new int[] { 2_000, 10_000 }, 3, 10, 3, 2, 1, 10);
            };
        }

        String describe() {
            return "mode=" + mode + ", S2 sizes=" + Arrays.toString(sizes) + " open tasks, rounds=" + rounds
                    + ", users=" + USERS.size() + " concurrent, queries/user/round=" + queriesPerUser
                    + " (+" + warmupPerUser + " warm-up), page=" + PAGE + ", data threads=" + genThreads
                    + ", tasks/instance=" + CHUNK + ", S3 repetitions per profile=" + startupReps
                    + ", S1 cases=" + cases + " on " + S1_THREADS + " threads";
        }
    }

    private final Settings settings;
    private final List<String> lines = new ArrayList<>();
    /** Wraps krimflow's DataSource: counts commits, records statements for S0 and the query plans. */
    private final SqlRecorder recorder = new SqlRecorder();
    private final SqlRecorder stockRecorder = new SqlRecorder();
    private double s1KrimflowTxPerSecond;
    private DataSource krimflowDataSource;

    private BenchRunner(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && "readlog".equals(args[0])) {
            ReadLogBench.main(args);
            return;
        }
        Settings settings = Settings.of(args.length > 0 ? args[0] : "quick");
        try {
            new BenchRunner(settings).run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1); // the application context's threads would keep the JVM alive
        }
        System.exit(0);
    }

    private void run() throws Exception {
        String started = OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString();
        out("# krimflow benchmark, " + settings.mode + " mode, " + started);
        out("");
        out("Command: `bench/run.sh " + settings.mode + "`  ");
        out("Machine: " + machine() + "  ");
        out("Settings: " + settings.describe());
        out("");

        long t0 = System.nanoTime();
        String krimflowDb = EmbeddedPostgresInitializer.newDatabase();
        String stockDb = EmbeddedPostgresInitializer.newDatabase();
        out("Embedded PostgreSQL " + pgVersion() + " ready in " + ms(System.nanoTime() - t0) + " ms.  ");

        t0 = System.nanoTime();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(KrimflowApplication.class)
                .profiles("postgres", "demo")
                .initializers(recorded(recorder))
                // command-line arguments: they win over application*.yaml
                .run(appArgs("--spring.datasource.url=" + krimflowDb, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres", "--server.port=0",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
        ProcessEngine krimflow = app.getBean(ProcessEngine.class);
        krimflowDataSource = app.getBean(DataSource.class);
        out("krimflow engine (Spring Boot app, postgres+demo) up in " + ms(System.nanoTime() - t0) + " ms.  ");

        t0 = System.nanoTime();
        ConfigurableApplicationContext stockApp = new SpringApplicationBuilder(KrimflowApplication.class)
                .profiles("postgres", "demo")
                .initializers(recorded(stockRecorder), stockDefaults())
                .run("--spring.datasource.url=" + stockDb, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres", "--server.port=0",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                        // a second engine in this JVM: its own name, no webapps (see KrimflowIntegrationTest)
                        "--camunda.bpm.process-engine-name=stock", "--camunda.bpm.webapp.enabled=false",
                        // Camunda 7.24 Spring Boot starter defaults where krimflow differs
                        "--camunda.bpm.authorization.enabled=false",
                        "--camunda.bpm.job-execution.core-pool-size=3", "--camunda.bpm.job-execution.max-pool-size=10",
                        "--spring.liquibase.enabled=false", "--camunda.bpm.database.schema-update=true",
                        "--spring.datasource.hikari.connection-init-sql=", "--spring.datasource.hikari.minimum-idle=10");
        ProcessEngine stock = stockApp.getBean(ProcessEngine.class);
        out("stock engine (the same application and models, with Camunda 7.24 Spring Boot starter defaults: "
                + "history " + stock.getProcessEngineConfiguration().getHistory() + ", authorization "
                + stock.getProcessEngineConfiguration().isAuthorizationEnabled() + ", no krimflow engine plugins, "
                + "schema by the engine, no session settings) up in " + ms(System.nanoTime() - t0) + " ms.");
        out("");

        for (ProcessEngine engine : List.of(krimflow, stock)) {
            engine.getIdentityService().clearAuthentication();
            engine.getRepositoryService().createDeployment().name("bench")
                    .addClasspathResource("bench/BenchInbox.bpmn").deploy();
        }

        if (settings.cases > 0) {
            s1(krimflow, stock);
        }
        if (settings.sizes.length > 0) {
            s2(krimflow, stock);
        }
        app.close();
        stockApp.close();
        // S3 starts its own JVMs: nothing of S1/S2 may keep the machine busy meanwhile (autovacuum).
        for (String db : List.of(krimflowDb, stockDb)) {
            dropDatabase(db);
        }
        if (settings.startupReps > 0) {
            s3();
        }
        Path file = Path.of("bench/results/" + LocalDate.now(ZoneOffset.UTC) + "-" + settings.mode + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        System.out.println("\nWritten to " + file);
    }

    // --- S1 ---------------------------------------------------------------------------------------

    /** One side of S1: an engine, its commit counter and what its rounds measured. */
    private static final class CaseSide {
        final String name;
        final ProcessEngine engine;
        final SqlRecorder recorder;
        final CaseDriver driver;
        final List<Double> casesPerSecond = new ArrayList<>();
        final List<Double> txPerSecond = new ArrayList<>();
        final List<Double> callsPerSecond = new ArrayList<>();
        int failed;
        String firstFailure;

        CaseSide(String name, ProcessEngine engine, SqlRecorder recorder) {
            this.name = name;
            this.engine = engine;
            this.recorder = recorder;
            this.driver = new CaseDriver(engine);
        }
    }

    private void s1(ProcessEngine krimflow, ProcessEngine stock) throws Exception {
        out("## S1 whole cases: krimflow against stock Camunda 7.24 defaults, same models");
        out("");
        out("Each round runs " + settings.cases + " cases on " + S1_THREADS + " threads per side, sides alternating "
                + "(A B, then B A). Cases/s and engine transactions/s (commits on the engine's DataSource, "
                + "counted by the JDBC proxy) per round: median and min–max.");
        out("");
        List<CaseSide> sides = List.of(new CaseSide("krimflow", krimflow, recorder),
                new CaseSide("stock 7.24 defaults", stock, stockRecorder));
        for (CaseSide side : sides) {
            side.driver.runCase(); // warm-up, not counted
            side.driver.stepNanos.clear();
        }
        // S0 is measured in the same rounds: krimflow, stock, replay, then the other way round.
        SqlReplay replay = new SqlReplay(recordCase(sides.get(0).driver, recorder));
        SqlReplay stockCase = new SqlReplay(recordCase(sides.get(1).driver, stockRecorder));
        sides.forEach(side -> side.driver.stepNanos.clear());
        List<SqlReplay.Result> replayed = new ArrayList<>();
        try (com.zaxxer.hikari.HikariDataSource plain = plainPool()) {
            replay.run(plain, S1_THREADS, S1_THREADS); // warm-up
            for (int r = 0; r < settings.rounds; r++) {
                for (int i = 0; i <= sides.size(); i++) {
                    int k = r % 2 == 0 ? i : sides.size() - i;
                    if (k == sides.size()) {
                        replayed.add(replay.run(plain, settings.cases, S1_THREADS));
                    } else {
                        caseRound(sides.get(k));
                    }
                }
            }
        }
        out("| side | cases/s (median) | spread | engine transactions/s (median) | spread | engine calls/s (median) | failed cases |");
        out("|---|---:|---:|---:|---:|---:|---:|");
        for (CaseSide side : sides) {
            out(String.format("| %s | **%.2f** | %.2f–%.2f | %.0f | %.0f–%.0f | %.1f | %d |", side.name,
                    median(side.casesPerSecond), min(side.casesPerSecond), max(side.casesPerSecond),
                    median(side.txPerSecond), min(side.txPerSecond), max(side.txPerSecond),
                    median(side.callsPerSecond), side.failed));
        }
        double ratio = median(sides.get(0).casesPerSecond) / median(sides.get(1).casesPerSecond);
        s1KrimflowTxPerSecond = median(sides.get(0).txPerSecond);
        out("");
        out(String.format("krimflow / stock (medians of cases/s): **%.2f** (goal ≥ 1.5).", ratio));
        for (CaseSide side : sides) {
            if (side.firstFailure != null) {
                out("");
                out("First failure (" + side.name + "): " + side.firstFailure.replace('\n', ' '));
            }
        }
        Map<String, Long> outcomes = new java.util.TreeMap<>();
        for (String name : List.of("interrogationOutcome", "mediationOutcome", "sanctionOutcome", "caseOutcome")) {
            krimflow.getHistoryService().createHistoricVariableInstanceQuery().variableName(name).list()
                    .forEach(v -> outcomes.merge(name + "=" + v.getValue(), 1L, Long::sum));
        }
        out("");
        out("krimflow's outcome variables in history (counted once per scope that holds them, e.g. the called "
                + "instance and the case; incl. the warm-up and recorded cases and the S0 replays, which write "
                + "the same rows): " + outcomes + ".");
        out("");
        out("| step (task definition key / message) | n | krimflow p50 ms | krimflow p95 ms | stock p50 ms | stock p95 ms |");
        out("|---|---:|---:|---:|---:|---:|");
        java.util.SortedSet<String> steps = new java.util.TreeSet<>(sides.get(0).driver.stepNanos.keySet());
        steps.addAll(sides.get(1).driver.stepNanos.keySet());
        for (String step : steps) {
            long[] k = sorted(sides.get(0).driver.stepNanos.get(step));
            long[] st = sorted(sides.get(1).driver.stepNanos.get(step));
            out(String.format("| %s | %d | %.1f | %.1f | %.1f | %.1f |", step, k.length, pct(k, 50), pct(k, 95),
                    pct(st, 50), pct(st, 95)));
        }
        out("");
        s0(replay, stockCase, replayed);
    }

    private static List<List<SqlRecorder.Stmt>> recordCase(CaseDriver driver, SqlRecorder recorder) {
        return recorder.record(() -> {
            try {
                driver.runCase();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Plain JDBC for S0: a pool of S1's size on krimflow's database, no session settings. */
    private com.zaxxer.hikari.HikariDataSource plainPool() throws Exception {
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl(krimflowDataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getJdbcUrl());
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(S1_THREADS);
        config.setAutoCommit(false);
        return new com.zaxxer.hikari.HikariDataSource(config);
    }

    private void caseRound(CaseSide side) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(S1_THREADS);
        List<Future<Integer>> futures = new ArrayList<>();
        long commits = side.recorder.commits();
        long start = System.nanoTime();
        for (int i = 0; i < settings.cases; i++) {
            futures.add(pool.submit(side.driver::runCase));
        }
        int calls = 0;
        int done = 0;
        for (Future<Integer> f : futures) {
            try {
                calls += f.get();
                done++;
            } catch (java.util.concurrent.ExecutionException e) {
                side.failed++;
                if (side.firstFailure == null) {
                    side.firstFailure = String.valueOf(e.getCause().getMessage());
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        side.casesPerSecond.add(done / seconds);
        side.callsPerSecond.add(calls / seconds);
        side.txPerSecond.add((side.recorder.commits() - commits) / seconds);
    }

    // --- S0 ---------------------------------------------------------------------------------------

    /**
     * The ceiling: the statements of one krimflow case (the driver's reads included, as in S1),
     * replayed over plain JDBC on krimflow's database with S1's concurrency, in S1's rounds.
     */
    private void s0(SqlReplay replay, SqlReplay stockCase, List<SqlReplay.Result> replayed) {
        out("## S0 SQL ceiling: one krimflow case's statements replayed over plain JDBC");
        out("");
        out("Statements per case (recorded on the engine's DataSource; the driver's own reads included): "
                + "krimflow " + replay.transactionsPerCase() + " transactions, " + replay.statementsPerCase()
                + " statements " + replay.statementsByKind() + "; stock " + stockCase.transactionsPerCase()
                + " transactions, " + stockCase.statementsPerCase() + " statements " + stockCase.statementsByKind()
                + ".  ");
        out("Tables krimflow reads or writes more often than stock (statements per case, krimflow − stock): "
                + replay.statementsMoreThan(stockCase) + ".");
        out("");
        List<Double> txPerSecond = replayed.stream().map(r -> r.transactions() / r.seconds()).toList();
        List<Double> casesPerSecond = replayed.stream().map(r -> r.cases() / r.seconds()).toList();
        int failedTx = replayed.stream().mapToInt(SqlReplay.Result::failedTransactions).sum();
        String firstFailure = replayed.stream().map(SqlReplay.Result::firstFailure).filter(f -> f != null)
                .findFirst().orElse(null);
        out(String.format("Replayed %d rounds × %d cases on %d threads: **%.0f transactions/s** (median; spread "
                + "%.0f–%.0f), %.1f cases/s; failed transactions: %d%s.  ", replayed.size(), settings.cases,
                S1_THREADS, median(txPerSecond), min(txPerSecond), max(txPerSecond), median(casesPerSecond),
                failedTx, firstFailure == null ? "" : " (first: " + firstFailure.replace('\n', ' ') + ")"));
        out(String.format("krimflow's engine transactions/s in S1 / S0: **%.0f %%** (goal ≥ 40 %%).",
                100 * s1KrimflowTxPerSecond / median(txPerSecond)));
        out("");
    }

    // --- S2 ---------------------------------------------------------------------------------------

    private void s2(ProcessEngine krimflow, ProcessEngine stock) throws Exception {
        out("## S2 Tasklist inbox (\"Min grupps uppgifter\": candidateGroupIn(user's groups), unassigned, "
                + "by due date, first " + PAGE + " + count)");
        out("");
        out("Latency of one inbox load (listPage + count) per user, ms. Per round each side runs "
                + USERS.size() + " users concurrently; median of the rounds' p50 / p95, spread = min–max of "
                + "the rounds' p95. Sides alternate within each round.");
        out("");
        List<String> data = new ArrayList<>();
        Map<String, List<String>> plans = new java.util.LinkedHashMap<>();
        out("| open tasks | side | p50 ms (median) | p95 ms (median) | p95 spread ms | inbox loads/s (median) | tasks in krim1's inbox |");
        out("|---:|---|---:|---:|---:|---:|---:|");
        int have = 0;
        for (int size : settings.sizes) {
            for (ProcessEngine engine : List.of(krimflow, stock)) {
                long t = System.nanoTime();
                generate(engine, have, size - have);
                double s = (System.nanoTime() - t) / 1e9;
                data.add(String.format("%s: %,d → %,d open tasks in %.1f s (%.0f tasks/s)", engine == krimflow ? "krimflow" : "stock",
                        have, size, s, (size - have) / s));
            }
            have = size;
            data.add(String.format("at %,d: krimflow holds %,d authorization rows (authorization enabled: %s)", size,
                    krimflow.getAuthorizationService().createAuthorizationQuery().count(),
                    krimflow.getProcessEngineConfiguration().isAuthorizationEnabled()));
            plans.put(String.format("%,d open tasks", size), inboxPlan(krimflow));
            String tryFirst = System.getenv("BENCH_TRY_PLAN_AFTER");
            if (tryFirst != null) { // exploring: statements to run, then the plan again
                try (Connection c = krimflowDataSource.getConnection(); var st = c.createStatement()) {
                    for (String sql : tryFirst.split(";")) {
                        st.execute(sql);
                    }
                }
                plans.put(String.format("%,d open tasks, after BENCH_TRY_PLAN_AFTER", size), inboxPlan(krimflow));
            }
            record Side(String name, ProcessEngine engine, boolean auth) { }
            List<Side> sides = List.of(new Side("krimflow, authorization on", krimflow, true),
                    new Side("krimflow, no authentication (no checks)", krimflow, false),
                    new Side("stock 7.24 defaults", stock, false));
            double[][] p50 = new double[sides.size()][settings.rounds];
            double[][] p95 = new double[sides.size()][settings.rounds];
            double[][] rate = new double[sides.size()][settings.rounds];
            long[] inbox = new long[sides.size()];
            for (int r = 0; r < settings.rounds; r++) {
                for (int i = 0; i < sides.size(); i++) {
                    // A B C, then C B A: each side gets the early and the late slot equally often.
                    int k = r % 2 == 0 ? i : sides.size() - 1 - i;
                    Side side = sides.get(k);
                    double[] res = inboxRound(side.engine(), side.auth());
                    p50[k][r] = res[0];
                    p95[k][r] = res[1];
                    rate[k][r] = res[2];
                    inbox[k] = (long) res[3];
                }
            }
            for (int i = 0; i < sides.size(); i++) {
                double[] s95 = p95[i].clone();
                Arrays.sort(s95);
                out(String.format("| %,d | %s | %.1f | %.1f | %.1f–%.1f | %.0f | %,d |", size, sides.get(i).name(),
                        median(p50[i]), median(p95[i]), s95[0], s95[s95.length - 1], median(rate[i]), inbox[i]));
            }
        }
        out("");
        out("Data generation (BenchInbox model: " + CHUNK + " parallel user tasks per instance, "
                + settings.genThreads + " threads, through RuntimeService):  ");
        for (String d : data) {
            out("- " + d);
        }
        out("");
        for (var plan : plans.entrySet()) {
            out("### krim1's inbox (page, count) with authorization on at " + plan.getKey() + ": the SQL and the plans");
            out("");
            out("```");
            plan.getValue().forEach(this::out);
            out("```");
            out("");
        }
    }

    private void generate(ProcessEngine engine, int from, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(settings.genThreads);
        List<Future<?>> futures = new ArrayList<>();
        for (int base = from; base < from + count; base += CHUNK) {
            int b = base;
            int n = Math.min(CHUNK, from + count - base);
            futures.add(pool.submit(() -> engine.getRuntimeService().startProcessInstanceByKey("BenchInbox",
                    Variables.createVariables().putValue("n", n).putValue("base", b))));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        // As autovacuum would soon after a load like this: the planner sees the tables as they are.
        try (Connection c = engine.getProcessEngineConfiguration().getDataSource().getConnection();
                var st = c.createStatement()) {
            st.execute("ANALYZE");
        }
    }

    /** One round on one side: returns p50 ms, p95 ms, loads/s, krim1's inbox count. */
    private double[] inboxRound(ProcessEngine engine, boolean auth) throws Exception {
        int users = USERS.size();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        long[][] lat = new long[users][settings.queriesPerUser];
        AtomicInteger krimCount = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int u = 0; u < users; u++) {
            int user = u;
            futures.add(pool.submit(() -> {
                var who = USERS.get(user);
                if (auth) {
                    engine.getIdentityService().setAuthentication(who.getKey(), who.getValue());
                } else {
                    engine.getIdentityService().clearAuthentication();
                }
                TaskService tasks = engine.getTaskService();
                try {
                    for (int q = 0; q < settings.warmupPerUser + settings.queriesPerUser; q++) {
                        long t = System.nanoTime();
                        tasks.createTaskQuery().taskCandidateGroupIn(who.getValue()).taskUnassigned()
                                .orderByDueDate().asc().listPage(0, PAGE);
                        long c = tasks.createTaskQuery().taskCandidateGroupIn(who.getValue()).taskUnassigned().count();
                        long d = System.nanoTime() - t;
                        if (q >= settings.warmupPerUser) {
                            lat[user][q - settings.warmupPerUser] = d;
                        }
                        if (user == 0) {
                            krimCount.set((int) c);
                        }
                    }
                } finally {
                    engine.getIdentityService().clearAuthentication();
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] all = Arrays.stream(lat).flatMapToLong(Arrays::stream).sorted().toArray();
        double loads = users * (settings.warmupPerUser + settings.queriesPerUser) / seconds;
        return new double[] { pct(all, 50), pct(all, 95), loads, krimCount.get() };
    }

    // --- S3 ---------------------------------------------------------------------------------------

    private void s3() throws Exception {
        int loadTasks = settings.sizes.length > 0 ? settings.sizes[0] : 10_000;
        out("## S3 start to ready and resident memory (bench/startup.sh, the packaged jar, own JVM)");
        out("");
        out("Launch `jar`: `java -Xmx512m -jar target/krimflow-*.jar`; `cds`: `JAVA_OPTS=-Xmx512m ops/launch.sh` "
                + "(extracted jar + class data sharing archive, docs/adr/0009). Fresh database each start. On postgres (profiles postgres,demo), "
                + "after the start, bench/InboxLoad.java opens " + String.format("%,d", loadTasks) + " tasks over the "
                + "REST API and 10 users load their inbox 20 times each through `/engine-rest` (list + count, "
                + "as Tasklist asks), twice: right after the start (cold) and again (warm, the figure shown); "
                + "the RSS is read again after that load.");
        out("");
        out("| run | profile | launch | ready ms | RSS MiB after start | REST inbox p50 / p95 ms (cold p95) | RSS MiB after the inbox load | load avg |");
        out("|---:|---|---|---:|---:|---:|---:|---|");
        Map<String, List<Double>> ready = new java.util.LinkedHashMap<>();
        Map<String, List<Double>> rss = new java.util.LinkedHashMap<>();
        for (int r = 1; r <= settings.startupReps; r++) {
            // The packaged jar runs on PostgreSQL only (docs/adr/0011).
            List<String[]> runs = List.of(new String[] { "postgres", "jar" }, new String[] { "postgres", "cds" });
            for (int i = 0; i < runs.size(); i++) {
                String[] run = runs.get(r % 2 == 1 ? i : runs.size() - 1 - i);
                ProcessBuilder pb = new ProcessBuilder("bench/startup.sh", run[0]).redirectErrorStream(true);
                pb.environment().putIfAbsent("PORT", "18089");
                pb.environment().put("LAUNCH", run[1]);
                if (run[0].equals("postgres")) {
                    pb.environment().put("LOAD", String.valueOf(loadTasks));
                    pb.environment().put("LOAD_PER_USER", "20");
                }
                Process p = pb.start();
                String last = "";
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
                    for (String l; (l = in.readLine()) != null;) {
                        last = l;
                    }
                }
                int rc = p.waitFor();
                if (rc != 0 || !last.startsWith("profile=")) {
                    out("| " + r + " | " + run[0] + " | " + run[1] + " | failed: " + last + " | | | | |");
                    continue;
                }
                String key = run[0] + " / " + run[1];
                ready.computeIfAbsent(key, k -> new ArrayList<>()).add(Double.parseDouble(field(last, "ready_ms")));
                rss.computeIfAbsent(key, k -> new ArrayList<>()).add(Double.parseDouble(field(last, "rss_mb")));
                String inbox = last.contains("inbox_p95_ms=") ? field(last, "inbox_p50_ms") + " / "
                        + field(last, "inbox_p95_ms") + " (cold: " + field(last, "inbox_cold_p95_ms") + ")" : "–";
                String after = last.contains("rss_after_load_mb=") ? field(last, "rss_after_load_mb") : "–";
                out("| " + r + " | " + run[0] + " | " + run[1] + " | " + field(last, "ready_ms") + " | "
                        + field(last, "rss_mb") + " | " + inbox + " | " + after + " | "
                        + last.substring(last.indexOf("load=") + 5) + " |");
            }
        }
        out("");
        out("| profile / launch | ready ms (median) | min–max | RSS MiB after start (median) |");
        out("|---|---:|---:|---:|");
        for (String key : ready.keySet()) {
            out(String.format("| %s | **%.0f** | %.0f–%.0f | %.0f |", key, median(ready.get(key)), min(ready.get(key)),
                    max(ready.get(key)), median(rss.get(key))));
        }
        out("");
    }

    private static String field(String line, String name) {
        for (String part : line.split(" ")) {
            if (part.startsWith(name + "=")) {
                return part.substring(name.length() + 1);
            }
        }
        return "?";
    }

    /** Further application arguments from BENCH_APP_ARGS, separated by "|", for trying a setting. */
    private static String[] appArgs(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        String more = System.getenv("BENCH_APP_ARGS");
        if (more != null && !more.isBlank()) {
            all.addAll(List.of(more.split("\\|")));
        }
        return all.toArray(String[]::new);
    }

    // --- query plans ------------------------------------------------------------------------------

    /**
     * The plan PostgreSQL chose for krim1's inbox page with authorization on: the statement is
     * recorded as the engine sends it and run again under EXPLAIN (ANALYZE, BUFFERS).
     */
    private List<String> inboxPlan(ProcessEngine engine) throws Exception {
        var who = USERS.get(0);
        List<List<SqlRecorder.Stmt>> txs = recorder.record(() -> {
            engine.getIdentityService().setAuthentication(who.getKey(), who.getValue());
            try {
                engine.getTaskService().createTaskQuery().taskCandidateGroupIn(who.getValue()).taskUnassigned()
                        .orderByDueDate().asc().listPage(0, PAGE);
                engine.getTaskService().createTaskQuery().taskCandidateGroupIn(who.getValue()).taskUnassigned()
                        .count();
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
        });
        List<String> plan = new ArrayList<>();
        for (SqlRecorder.Stmt query : txs.stream().flatMap(List::stream)
                .filter(st -> st.query() && st.sql().contains("ACT_RU_TASK")).toList()) {
            plan.add(query.sql().replaceAll("\\s+", " ").trim());
            plan.add("");
            try (Connection c = krimflowDataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + query.sql())) {
                String settingsToTry = System.getenv("BENCH_PLAN_SETTINGS");
                if (settingsToTry != null) {
                    try (var st = c.createStatement()) {
                        st.execute(settingsToTry);
                    }
                }
                for (SqlRecorder.Param p : query.params()) {
                    p.applyTo(ps, UnaryOperator.identity());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        plan.add(rs.getString(1));
                    }
                }
            }
            plan.add("");
        }
        return plan;
    }

    /**
     * Stock engine settings: krimflow's engine plugins for hardening, form validation and the read log
     * are replaced, the first by one that only allows CONTRACT.md's group ids and deploys processes/ as
     * krimflow does.
     */
    private static ApplicationContextInitializer<ConfigurableApplicationContext> stockDefaults() {
        return context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return switch (name) {
                    case "krimflowFormValidation", "krimflowReadAudit" -> new AbstractProcessEnginePlugin() { };
                    case "krimflowEngineHardening" -> new AbstractProcessEnginePlugin() {
                        @Override
                        public void preInit(ProcessEngineConfigurationImpl configuration) {
                            // functional, not tuning: CONTRACT.md's group ids have hyphens
                            configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*");
                        }

                        @Override
                        public void postProcessEngineBuild(ProcessEngine engine) {
                            new ProcessesDeployer().deploy(engine);
                        }
                    };
                    default -> bean;
                };
            }
        });
    }

    private static ApplicationContextInitializer<ConfigurableApplicationContext> recorded(SqlRecorder recorder) {
        return context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass()) ? recorder.wrap(ds) : bean;
            }
        });
    }

    // --- helpers ----------------------------------------------------------------------------------

    private void out(String line) {
        System.out.println(line);
        lines.add(line);
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }

    private static double median(List<Double> values) {
        return median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static long[] sorted(java.util.Collection<Long> values) {
        return values == null ? new long[0] : values.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static void dropDatabase(String jdbcUrl) throws Exception {
        String name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        try (Connection c = EmbeddedPostgresInitializer.server().getPostgresDatabase().getConnection();
                var st = c.createStatement()) {
            st.execute("DROP DATABASE " + name + " WITH (FORCE)");
        }
    }

    private static String pgVersion() {
        try (var c = EmbeddedPostgresInitializer.server().getPostgresDatabase().getConnection();
                var rs = c.createStatement().executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1);
        } catch (Exception e) {
            return "?";
        }
    }

    private static String machine() {
        String mem = "?";
        try {
            for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (l.startsWith("MemTotal:")) {
                    mem = (Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024) + " GiB";
                }
            }
        } catch (Exception ignored) {
            // not Linux
        }
        String cpu = "?";
        try {
            for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (l.startsWith("model name")) {
                    cpu = l.substring(l.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (Exception ignored) {
            // not Linux
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + mem + " RAM, JDK "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", max heap "
                + Runtime.getRuntime().maxMemory() / 1024 / 1024 + " MiB";
    }
}
