package se.krimflow.sanction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;

import se.krimflow.deadline.EngineClock;

import se.krimflow.forms.FormValues;

/**
 * The youth contract in the model: its items (one line each in the form, "provider: what") and
 * the monthly review until the contract ends. Uses the engine's clock, so tests can move time.
 * Bean {@code youthCareContract}.
 */
@Component("youthCareContract")
public class YouthCareContract {

    static final int MAX_ITEMS = 10;

    /** The contract's items, one per non-blank line. */
    public List<String> items(Object text) {
        List<String> items = new ArrayList<>();
        if (text instanceof String s) {
            for (String line : s.split("\\R")) {
                if (!line.isBlank()) {
                    items.add(line.strip());
                }
            }
        }
        return items;
    }

    /** The next monthly review: one month from now, but not after the contract's last day. */
    public Date nextReview(Object contractEndDate) {
        LocalDate today = today();
        LocalDate next = today.plusMonths(1);
        LocalDate end = FormValues.date(contractEndDate);
        if (end != null && end.isBefore(next)) {
            next = end.isAfter(today) ? end : today;
        }
        return Date.from(next.atStartOfDay(EngineClock.ZONE).plusHours(8).toInstant());
    }

    /** True from the contract's last day on. */
    public boolean ended(Object contractEndDate) {
        LocalDate end = FormValues.date(contractEndDate);
        return end == null || !today().isBefore(end);
    }

    private static LocalDate today() {
        return EngineClock.today();
    }
}
