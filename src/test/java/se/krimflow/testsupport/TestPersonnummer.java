package se.krimflow.testsupport;

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
        return date + serial + luhn(nine);
    }

    /** The check digit that makes the nine digits and it a valid Luhn number (weights 2, 1, 2, ...). */
    static int luhn(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int d = nineDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }
}
