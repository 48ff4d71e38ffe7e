package se.krimflow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class CaseNumbersTest {

    static CaseNumbers onFreshH2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        return new CaseNumbers(ds);
    }

    @Test
    void numbersAreSequentialPerYearAndOpaque() {
        CaseNumbers numbers = onFreshH2("sequential");
        assertThat(numbers.next(2026)).isEqualTo("UNG-2026-000001");
        assertThat(numbers.next(2026)).isEqualTo("UNG-2026-000002");
        assertThat(numbers.next(2027)).isEqualTo("UNG-2027-000001");
        assertThat(numbers.next(2026)).isEqualTo("UNG-2026-000003");
    }

    @Test
    void concurrentIntakesNeverShareANumber() throws Exception {
        CaseNumbers numbers = onFreshH2("concurrent");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        Set<String> taken = ConcurrentHashMap.newKeySet();
        List<Callable<String>> work = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            work.add(() -> numbers.next(2026));
        }
        for (Future<String> f : pool.invokeAll(work)) {
            taken.add(f.get());
        }
        pool.shutdown();
        assertThat(taken).hasSize(200).contains("UNG-2026-000001", "UNG-2026-000200");
    }
}
