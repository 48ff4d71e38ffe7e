package se.krimflow.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one time zone of krimflow (the law's days are Swedish calendar days) and "now" on the
 * engine's clock, which the process tests move ({@code ClockUtil.setCurrentTime}). Every rule that
 * asks for today or now asks here, never the wall clock.
 */
public final class EngineClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private EngineClock() {
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Today's date in Sweden on the engine's clock. */
    public static LocalDate today() {
        return LocalDate.ofInstant(now(), ZONE);
    }

    /** The engine's clock in Sweden, for code that takes a {@link Clock}. */
    public static Clock clock() {
        return new EngineTime(ZONE);
    }

    private static final class EngineTime extends Clock {

        private final ZoneId zone;

        EngineTime(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new EngineTime(other);
        }

        @Override
        public Instant instant() {
            return now();
        }
    }
}
