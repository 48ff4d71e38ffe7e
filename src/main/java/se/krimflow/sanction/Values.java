package se.krimflow.sanction;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

import se.krimflow.deadline.WorkingDays;

/** Reading form values as Tasklist and the REST API deliver them (numbers of any width, dates as text). */
final class Values {

    static int intValue(Object value, int fallback) {
        return value instanceof Number n ? n.intValue() : fallback;
    }

    static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value);
    }

    static boolean isBlank(Object value) {
        return value == null || (value instanceof String s && s.isBlank());
    }

    /** A date from a form: a Date, "2026-12-31" or an ISO date-time with offset; null if neither. */
    static LocalDate date(Object value) {
        if (value instanceof Date d) {
            return d.toInstant().atZone(WorkingDays.ZONE).toLocalDate();
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return LocalDate.parse(s.trim());
            } catch (DateTimeParseException e) {
                try {
                    return OffsetDateTime.parse(s.trim()).atZoneSameInstant(WorkingDays.ZONE).toLocalDate();
                } catch (DateTimeParseException e2) {
                    return null;
                }
            }
        }
        return null;
    }

    private Values() {
    }
}
