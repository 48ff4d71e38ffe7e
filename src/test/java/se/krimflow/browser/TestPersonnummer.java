package se.krimflow.browser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** A made-up personnummer (valid check digit) of someone born on a given day; for test data only. */
final class TestPersonnummer {

    private TestPersonnummer() {
    }

    static String bornOn(LocalDate birthDate) {
        String date = birthDate.format(DateTimeFormatter.BASIC_ISO_DATE);
        String serial = String.format("%03d", ThreadLocalRandom.current().nextInt(100, 999));
        String nine = date.substring(2) + serial;
        return date + serial + luhn(nine);
    }

    static int luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
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
