package se.krimflow.deviation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.krimflow.deadline.EngineClock;
import se.krimflow.deviation.DeviationHandling.Category;
import se.krimflow.deviation.DeviationHandling.Track;
import se.krimflow.deviation.DeviationHandling.TriageOutcome;

/**
 * Counts the deviations of one year (plain Java; {@link DeviationHistory} reads them).
 * <ul>
 * <li>a report that triage ended as not a deviation ({@code INTE_AVVIKELSE}) or as a duplicate of
 * another ({@code DUBBLETT}) is no deviation of its own and counts nowhere, not even in the total
 * (docs/adr/0015); an untriaged report counts, as reported;
 * <li>category and track are the values after triage (before triage: as reported and as proposed);
 * <li>organisation: deviations that concern another organisation, by its name;
 * <li>days to feedback: calendar days in Europe/Stockholm from the report to the feedback given to
 * the reporter; the median over the deviations that got feedback (mean of the two middle values
 * for an even count);
 * <li>overdue feedback: collaboration deviations whose feedback came after the 60-day deadline, or
 * has not come and the deadline has passed at {@code now}.
 * </ul>
 */
final class DeviationStatistics {

    /** What the report needs of one deviation, from its historic variables. */
    record Deviation(String category, String track, String organisation, Date reportedAt, Date feedbackDueAt,
            Date feedbackGivenAt, String triageOutcome) {

        /** Not ended by triage as not a deviation or as a duplicate. */
        boolean counted() {
            return TriageOutcome.counted(triageOutcome);
        }
    }

    static YearlyReport of(int year, List<Deviation> reports, Date now) {
        List<Deviation> deviations = reports.stream().filter(Deviation::counted).toList();
        Map<String, Long> byCategory = zeroes(DeviationHandling.codes(Category.class).keySet());
        Map<String, Long> byTrack = zeroes(DeviationHandling.codes(Track.class).keySet());
        Map<String, Long> organisations = new TreeMap<>();
        List<Long> daysToFeedback = new ArrayList<>();
        long overdue = 0;
        for (Deviation d : deviations) {
            if (d.category() != null) {
                byCategory.merge(d.category(), 1L, Long::sum);
            }
            if (d.track() != null) {
                byTrack.merge(d.track(), 1L, Long::sum);
            }
            if (d.organisation() != null && !d.organisation().isBlank()) {
                organisations.merge(d.organisation().strip(), 1L, Long::sum);
            }
            if (d.reportedAt() != null && d.feedbackGivenAt() != null) {
                daysToFeedback.add(ChronoUnit.DAYS.between(day(d.reportedAt()), day(d.feedbackGivenAt())));
            }
            if (Track.SAMVERKAN.name().equals(d.track()) && d.feedbackDueAt() != null) {
                Date answered = d.feedbackGivenAt() != null ? d.feedbackGivenAt() : now;
                if (answered.after(d.feedbackDueAt())) {
                    overdue++;
                }
            }
        }
        Map<String, Long> byOrganisation = new LinkedHashMap<>();
        organisations.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> byOrganisation.put(e.getKey(), e.getValue()));
        return new YearlyReport(year, deviations.size(), byCategory, byTrack, byOrganisation,
                median(daysToFeedback), overdue);
    }

    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2).doubleValue() : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static LocalDate day(Date date) {
        return date.toInstant().atZone(EngineClock.ZONE).toLocalDate();
    }

    private static Map<String, Long> zeroes(Iterable<String> keys) {
        Map<String, Long> map = new LinkedHashMap<>();
        keys.forEach(k -> map.put(k, 0L));
        return map;
    }

    private DeviationStatistics() {
    }
}
