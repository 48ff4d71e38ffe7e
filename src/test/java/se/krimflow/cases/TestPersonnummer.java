package se.krimflow.cases;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid made-up personnummer for tests: a birth date, a fresh serial, the right check digit. */
public final class TestPersonnummer {

    private static final AtomicInteger serials = new AtomicInteger(100);

    private TestPersonnummer() {
    }

    public static String bornOn(LocalDate birthDate) {
        String serial = String.format("%03d", serials.incrementAndGet() % 1000);
        String date = String.format("%04d%02d%02d", birthDate.getYear(), birthDate.getMonthValue(),
                birthDate.getDayOfMonth());
        String nine = date.substring(2) + serial;
        for (int check = 0; check < 10; check++) {
            if (Personnummer.luhnValid(nine + check)) {
                return date + serial + check;
            }
        }
        throw new IllegalStateException("no check digit");
    }
}
