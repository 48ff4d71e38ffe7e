package se.krimflow.deviation;

import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyEntity;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyManager;

/**
 * Deviation numbers, sequential per year ({@code AVV-2026-000012}), opaque to readers (no personal
 * data). The counter is an engine property ({@code ACT_GE_PROPERTY}) written in the transaction that
 * starts the process: a start that fails does not use a number, and two concurrent starts cannot
 * both take the same one (the property row is versioned, the loser gets an optimistic-locking
 * failure and is retried by the caller).
 */
final class DeviationNumbers {

    static final String PROPERTY_PREFIX = "krimflow.deviation.sequence.";
    /** What {@link #format} gives: {@code AVV-}, the year, {@code -}, six digits. */
    static final Pattern FORMAT = Pattern.compile("AVV-\\d{4}-\\d{6}");

    /** Takes the next number of {@code year}; must run inside an engine command (a listener). */
    static String next(int year) {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            throw new IllegalStateException("Deviation numbers are taken inside the process start");
        }
        PropertyManager properties = context.getPropertyManager();
        String name = PROPERTY_PREFIX + year;
        PropertyEntity counter = properties.findPropertyById(name);
        long next;
        if (counter == null) {
            next = 1;
            properties.insert(new PropertyEntity(name, "1"));
        } else {
            next = Long.parseLong(counter.getValue()) + 1;
            counter.setValue(Long.toString(next));
        }
        return format(year, next);
    }

    static String format(int year, long sequence) {
        return String.format("AVV-%d-%06d", year, sequence);
    }

    /** Whether {@code value} is written as a deviation number (it need not exist). */
    static boolean looksLikeNumber(Object value) {
        return value instanceof String s && FORMAT.matcher(s.strip()).matches();
    }

    private DeviationNumbers() {
    }
}
