package se.krimflow.deadline;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.springframework.stereotype.Component;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Working days in Sweden: weekends and Swedish public holidays are skipped, and so are the days
 * treated as holidays in working life (midsommarafton, julafton, nyårsafton), from jollyday's
 * calendar for Sweden. The one working-day service of every process; in models use the bean
 * {@code workingDays}, e.g. {@code camunda:dueDate="${workingDays.dueAfter(5)}"}.
 */
@Component("workingDays")
public class WorkingDays {

    private static final ZoneId ZONE = EngineClock.ZONE;
    /** Deadlines counted in working days fall due at the end of the working day. */
    static final LocalTime END_OF_DAY = LocalTime.of(16, 0);

    private final HolidayManager holidays;
    private final Clock clock;

    public WorkingDays() {
        this(EngineClock.clock());
    }

    public WorkingDays(Clock clock) {
        this.holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
        this.clock = clock;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isHoliday(date);
    }

    /** The date {@code days} working days after {@code from} (from itself not counted). */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        return stepWorkingDays(from, days, 1);
    }

    /** The date {@code days} working days before {@code to}. */
    public LocalDate minusWorkingDays(LocalDate to, int days) {
        return stepWorkingDays(to, days, -1);
    }

    private LocalDate stepWorkingDays(LocalDate start, int days, int step) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate date = start;
        int left = days;
        while (left > 0) {
            date = date.plusDays(step);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /** Due date for a model: {@code days} working days from now, at the end of that working day. */
    public Date dueAfter(int days) {
        return endOfDay(plusWorkingDays(LocalDate.now(clock), days));
    }

    /** Due date for a model: {@code days} working days after {@code from}, at the end of that day. */
    public Date dueAfter(Date from, int days) {
        return endOfDay(plusWorkingDays(from.toInstant().atZone(ZONE).toLocalDate(), days));
    }

    /**
     * Due date for a model, counted back from a deadline: {@code days} working days before {@code due},
     * at the end of that working day, but never before the end of today (a short deadline leaves
     * each step today).
     */
    public Date dueBefore(Date due, int days) {
        Date counted = endOfDay(minusWorkingDays(due.toInstant().atZone(ZONE).toLocalDate(), days));
        Date today = endOfDay(LocalDate.now(clock));
        return counted.before(today) ? today : counted;
    }

    /** {@code days} working days before {@code due}, at the start of that working day (08:00). */
    public Date reminderBefore(Date due, int days) {
        LocalDate date = minusWorkingDays(due.toInstant().atZone(ZONE).toLocalDate(), days);
        return Date.from(ZonedDateTime.of(date, LocalTime.of(8, 0), ZONE).toInstant());
    }

    public Date endOfDay(LocalDate date) {
        return Date.from(ZonedDateTime.of(date, END_OF_DAY, ZONE).toInstant());
    }
}
