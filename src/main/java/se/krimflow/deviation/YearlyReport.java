package se.krimflow.deviation;

import java.util.Map;

/**
 * The yearly deviation report of CONTRACT.md, the successor of "Rapport om brister i samverkan".
 * Keys of {@code byCategory} and {@code byTrack} are the contract's codes, all of them, in contract
 * order; {@code medianDaysToFeedback} is null when no feedback was given.
 */
record YearlyReport(int year, long total, Map<String, Long> byCategory, Map<String, Long> byTrack,
        Map<String, Long> byOrganisation, Double medianDaysToFeedback, long overdueFeedback) {
}
