package se.krimflow.audit;

import java.util.List;

import se.krimflow.deadline.EngineClock;
import se.krimflow.system.ReadAudit;

/**
 * The read log as CSV (RFC 4180, UTF-8, comma-separated, CRLF): {@code tid,anvandare,arende,vad},
 * times in Europe/Stockholm. Text a spreadsheet would take for a formula is prefixed with {@code '}.
 */
final class ReadLogCsv {

    static final String HEADER = "tid,anvandare,arende,vad";

    private ReadLogCsv() {
    }

    static String render(List<ReadAudit.Entry> entries) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (ReadAudit.Entry e : entries) {
            csv.append(cell(e.at().atZone(EngineClock.ZONE).toLocalDateTime().withNano(0).toString().replace('T', ' ')))
                    .append(',').append(cell(e.userId())).append(',').append(cell(e.caseNumber())).append(',')
                    .append(cell(e.what())).append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
