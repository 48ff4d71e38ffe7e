package se.krimflow.mediation;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyEntity;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyManager;

/**
 * Numbers of the victims' records in mediation, sequential per year ({@code MED-2026-000001}),
 * opaque (no personal data, never the offender's case number). As the deviation numbers, the
 * counter is an engine property ({@code ACT_GE_PROPERTY}) written in the transaction that opens the
 * record: a step that fails does not use a number, and two records opened at the same moment cannot
 * take the same one (the property row is versioned; the loser fails with optimistic locking and the
 * engine retries or the user submits again). See docs/adr/0014-victim-record.md.
 */
final class VictimRecordNumbers {

    static final String PROPERTY_PREFIX = "krimflow.mediation.victim-record.sequence.";

    /** Takes the next number of {@code year}; must run inside an engine command (a listener). */
    static String next(int year) {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            throw new IllegalStateException("Victim record numbers are taken inside the engine");
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
        return String.format("MED-%d-%06d", year, sequence);
    }

    private VictimRecordNumbers() {
    }
}
