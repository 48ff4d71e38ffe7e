package se.krimflow.forms;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

import se.krimflow.deadline.EngineClock;

/**
 * Reading values as Tasklist, the REST API and the process variables deliver them: booleans that
 * may be missing, numbers of any width, dates as {@link Date} or as ISO text.
 */
public final class FormValues {

    private FormValues() {
    }

    public static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value);
    }

    public static boolean isFalse(Object value) {
        return Boolean.FALSE.equals(value);
    }

    /** Missing, or text with nothing but white space. */
    public static boolean blank(Object value) {
        return value == null || (value instanceof String s && s.isBlank());
    }

    public static int intValue(Object value, int fallback) {
        return value instanceof Number n ? n.intValue() : fallback;
    }

    /** A number without a fraction, whatever its Java type. */
    public static boolean wholeNumber(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short
                || (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()));
    }

    /**
     * The calendar day in Sweden of a {@link Date}, of {@code "2026-12-31"} or of an ISO date-time with
     * offset; null when the value is blank or none of these.
     */
    public static LocalDate date(Object value) {
        if (value instanceof Date d) {
            return d.toInstant().atZone(EngineClock.ZONE).toLocalDate();
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return LocalDate.parse(s.trim());
            } catch (DateTimeParseException e) {
                try {
                    return OffsetDateTime.parse(s.trim()).atZoneSameInstant(EngineClock.ZONE).toLocalDate();
                } catch (DateTimeParseException e2) {
                    return null;
                }
            }
        }
        return null;
    }
}
