package se.krimflow.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.krimflow.KrimflowApplication;
import se.krimflow.system.ReadAudit;
import se.krimflow.system.ReadAuditPlugin;
import se.krimflow.testsupport.EmbeddedPostgresInitializer;
import se.krimflow.testsupport.PoliceNotificationPayload;

/**
 * {@code bench/run.sh readlog}: what the read log costs (issue 16), in one application on one
 * embedded PostgreSQL, the log switched on and off between rounds (on, off, then off, on, ...), so
 * both sides share the machine's state. Two measures: a Tasklist page as a caseworker opens it (her
 * group's first 15 unassigned tasks by due date, their count, and the first task's form variables,
 * which is the read the log records), 10 users at once; and whole cases per second (CaseDriver, one
 * thread). Prints a Markdown table and writes bench/results/&lt;date&gt;-readlog.md.
 */
final class ReadLogBench {

    static final int OPEN_CASES = 300;
    static final int ROUNDS = 6;
    static final int USERS = 10;
    static final int PAGES_PER_USER = 30;
    static final int CASES_PER_ROUND = 6;

    private final List<String> lines = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        try {
            new ReadLogBench().run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private void out(String line) {
        System.out.println(line);
        lines.add(line);
    }

    private void run() throws Exception {
        out("# krimflow benchmark, readlog mode, " + OffsetDateTime.now(ZoneOffset.UTC).withNano(0));
        out("");
        out("Command: `bench/run.sh readlog`  ");
        out("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, JDK " + System.getProperty("java.version"));
        out("");
        String db = EmbeddedPostgresInitializer.newDatabase();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(KrimflowApplication.class)
                .profiles("postgres", "demo")
                .run("--spring.datasource.url=" + db, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres", "--server.port=0", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off", "--camunda.bpm.job-execution.enabled=false");
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        ReadAuditPlugin log = app.getBean(ReadAuditPlugin.class);
        ReadAudit audit = app.getBean(ReadAudit.class);

        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication("krim1", List.of("krimteamet"));
        try {
            for (int i = 0; i < OPEN_CASES; i++) {
                engine.getRuntimeService().startProcessInstanceByKey("YouthCrimeCase",
                        PoliceNotificationPayload.policeNotification().toMap());
            }
        } finally {
            identity.clearAuthentication();
        }
        out(OPEN_CASES + " open cases (each with a protection assessment for `handlaggare`). " + ROUNDS
                + " rounds per side; per round " + USERS + " users × " + PAGES_PER_USER + " page loads, then "
                + CASES_PER_ROUND + " whole cases on one thread.");
        out("");

        CaseDriver driver = new CaseDriver(engine);
        pages(engine, 2); // warm-up
        driver.runCase();
        List<List<Double>> pageMs = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Double>> casesPerSecond = List.of(new ArrayList<>(), new ArrayList<>());
        for (int round = 0; round < ROUNDS; round++) {
            for (int k = 0; k < 2; k++) {
                int side = (round % 2 == 0) ? k : 1 - k; // 0 = on, 1 = off; A B, then B A
                log.setRecording(side == 0);
                pageMs.get(side).addAll(pages(engine, PAGES_PER_USER));
                casesPerSecond.get(side).add(cases(driver));
            }
        }
        log.setRecording(true);

        out("| read log | page p50 ms | page p95 ms | cases/s (median of rounds) |");
        out("|---|---|---|---|");
        String[] names = { "on", "off" };
        for (int side = 0; side < 2; side++) {
            out("| " + names[side] + " | " + fmt(percentile(pageMs.get(side), 50)) + " | "
                    + fmt(percentile(pageMs.get(side), 95)) + " | " + fmt(percentile(casesPerSecond.get(side), 50)) + " |");
        }
        double p50On = percentile(pageMs.get(0), 50);
        double p50Off = percentile(pageMs.get(1), 50);
        double casesOn = percentile(casesPerSecond.get(0), 50);
        double casesOff = percentile(casesPerSecond.get(1), 50);
        out("");
        out("Page load with the log: " + fmt(100 * (p50On / p50Off - 1)) + " % (p50); cases/s: "
                + fmt(100 * (casesOn / casesOff - 1)) + " %. Entries written: " + audit.page(null, 0, 1).total() + ".");
        app.close();

        Path file = Path.of("bench/results/" + LocalDate.now(ZoneOffset.UTC) + "-readlog.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        System.out.println("\nWritten to " + file);
    }

    /** USERS caseworkers at once, each loading the page {@code perUser} times; milliseconds per load. */
    private static List<Double> pages(ProcessEngine engine, int perUser) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        try {
            List<Future<List<Double>>> futures = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                futures.add(pool.submit(() -> {
                    List<Double> times = new ArrayList<>();
                    for (int i = 0; i < perUser; i++) {
                        long t = System.nanoTime();
                        engine.getIdentityService().setAuthentication("handlaggare1", List.of("handlaggare"));
                        try {
                            List<Task> page = engine.getTaskService().createTaskQuery().taskCandidateGroup("handlaggare")
                                    .taskUnassigned().orderByDueDate().asc().listPage(0, 15);
                            engine.getTaskService().createTaskQuery().taskCandidateGroup("handlaggare").taskUnassigned().count();
                            Map<String, Object> form = engine.getFormService().getTaskFormVariables(page.get(i % page.size()).getId());
                            if (form.isEmpty()) {
                                throw new IllegalStateException("no form variables");
                            }
                        } finally {
                            engine.getIdentityService().clearAuthentication();
                        }
                        times.add((System.nanoTime() - t) / 1e6);
                    }
                    return times;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> f : futures) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }

    private static double cases(CaseDriver driver) throws Exception {
        // One thread: two mediations opening victim records at once collide on the number counter (an
        // optimistic lock, see VictimRecordNumbers), which is not what this measures.
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try {
            long t = System.nanoTime();
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < CASES_PER_ROUND; i++) {
                futures.add(pool.submit(driver::runCase));
            }
            for (Future<Integer> f : futures) {
                f.get();
            }
            return CASES_PER_ROUND / ((System.nanoTime() - t) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
