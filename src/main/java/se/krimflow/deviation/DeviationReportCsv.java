package se.krimflow.deviation;

import java.util.Locale;
import java.util.Map;

import se.krimflow.deviation.DeviationHandling.Category;
import se.krimflow.deviation.DeviationHandling.Track;

/**
 * The yearly report as one CSV table (RFC 4180, UTF-8, comma-separated, CRLF): columns
 * {@code section,key,label,value}; sections {@code summary}, {@code category}, {@code track},
 * {@code organisation}. Text that a spreadsheet would take for a formula is prefixed with {@code '}.
 */
final class DeviationReportCsv {

    static final String HEADER = "section,key,label,value";

    static String render(YearlyReport report) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        row(csv, "summary", "year", "År", Integer.toString(report.year()));
        row(csv, "summary", "total", "Antal avvikelser", Long.toString(report.total()));
        row(csv, "summary", "medianDaysToFeedback", "Mediantid till återkoppling (dagar)",
                report.medianDaysToFeedback() == null ? "" : number(report.medianDaysToFeedback()));
        row(csv, "summary", "overdueFeedback", "Försenade återkopplingar (över 60 dagar)",
                Long.toString(report.overdueFeedback()));
        Map<String, Category> categories = DeviationHandling.codes(Category.class);
        report.byCategory().forEach((code, count) -> row(csv, "category", code,
                categories.containsKey(code) ? categories.get(code).label : code, Long.toString(count)));
        Map<String, Track> tracks = DeviationHandling.codes(Track.class);
        report.byTrack().forEach((code, count) -> row(csv, "track", code,
                tracks.containsKey(code) ? tracks.get(code).label : code, Long.toString(count)));
        report.byOrganisation().forEach((name, count) -> row(csv, "organisation", name, name, Long.toString(count)));
        return csv.toString();
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static void row(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells[i]));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private DeviationReportCsv() {
    }
}
