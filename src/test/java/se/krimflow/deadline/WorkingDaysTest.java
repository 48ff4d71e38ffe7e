package se.krimflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays workingDays = new WorkingDays();

    @Test
    void weekendIsSkipped() {
        // Friday 2026-11-27 + 1 working day = Monday 2026-11-30
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 11, 27), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void easterIsSkipped() {
        // Easter 2027: Good Friday 26 March, Easter Monday 29 March.
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2027, 3, 25), 1)).isEqualTo(LocalDate.of(2027, 3, 30));
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 3, 26))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 3, 29))).isFalse();
    }

    @Test
    void midsummerEveIsSkipped() {
        // Midsummer Eve 2026 is Friday 19 June.
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 6, 19))).isFalse();
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 6, 18), 1)).isEqualTo(LocalDate.of(2026, 6, 22));
    }

    @Test
    void christmasAndNewYearAreSkipped() {
        // 2026: 24 Thu, 25 Fri, 26 Sat, 31 Thu, 1 Jan Fri, 6 Jan Wed.
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 12, 23), 1)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 12, 23), 5)).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(workingDays.minusWorkingDays(LocalDate.of(2026, 12, 28), 3)).isEqualTo(LocalDate.of(2026, 12, 21));
    }

    @Test
    void aStepCountedBackFromADeadlineIsDueAtTheEndOfThatWorkingDayButNeverBeforeToday() {
        java.time.ZoneId zone = EngineClock.ZONE;
        WorkingDays onMonday = new WorkingDays(java.time.Clock.fixed(
                java.time.ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, zone).toInstant(), zone));
        java.util.Date deadline = java.util.Date.from(java.time.ZonedDateTime.of(2026, 12, 30, 16, 0, 0, 0, zone).toInstant());

        // 30 Dec 2026 minus 7 working days: 29, 28, 23, 22, 21, 18, 17 (24-26 and the weekends skipped).
        assertThat(onMonday.dueBefore(deadline, 7))
                .isEqualTo(onMonday.endOfDay(LocalDate.of(2026, 12, 17)));
        assertThat(onMonday.dueBefore(deadline, 40)).as("counted back into the past: due today")
                .isEqualTo(onMonday.endOfDay(LocalDate.of(2026, 11, 30)));
    }
}
