package se.krimflow.deviation;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.krimflow.deadline.EngineClock;
import se.krimflow.system.ApiException;
import se.krimflow.system.ReadAudit;

/**
 * The yearly deviation report (CONTRACT.md): JSON, CSV and an SVG bar chart by category. The URL
 * rule lets only {@code kvalitet}, {@code krimteamet-chef} and {@code camunda-admin} in; every read
 * is logged.
 */
@RestController
class DeviationReportController {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    static final MediaType SVG = new MediaType("image", "svg+xml", java.nio.charset.StandardCharsets.UTF_8);

    private final DeviationHistory history;
    private final IdentityService identity;
    private final ReadAudit audit;

    DeviationReportController(DeviationHistory history, IdentityService identity, ReadAudit audit) {
        this.history = history;
        this.identity = identity;
        this.audit = audit;
    }

    @GetMapping("/api/reports/deviations")
    ResponseEntity<?> report(@RequestParam(required = false) String year,
            @RequestParam(required = false) String format) {
        boolean csv = "csv".equalsIgnoreCase(format);
        if (format != null && !csv && !"json".equalsIgnoreCase(format)) {
            throw ApiException.invalid("format", "Ange format=csv eller format=json.");
        }
        YearlyReport report = build(year, csv ? "deviation report csv" : "deviation report json");
        if (csv) {
            return ResponseEntity.ok().contentType(CSV)
                    .header("Content-Disposition", "attachment; filename=\"avvikelser-" + report.year() + ".csv\"")
                    .body(DeviationReportCsv.render(report));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }

    @GetMapping("/api/reports/deviations/chart.svg")
    ResponseEntity<String> chart(@RequestParam(required = false) String year) {
        YearlyReport report = build(year, "deviation report chart");
        return ResponseEntity.ok().contentType(SVG).body(DeviationReportChart.render(report));
    }

    private YearlyReport build(String yearParam, String what) {
        int year = year(yearParam);
        Authentication caller = identity.getCurrentAuthentication();
        audit.record(caller == null ? null : caller.getUserId(), (String) null, what + " " + year);
        List<DeviationStatistics.Deviation> deviations = history.reportedIn(year);
        return DeviationStatistics.of(year, deviations, ClockUtil.getCurrentTime());
    }

    static int year(String text) {
        int thisYear = EngineClock.today().getYear();
        if (text == null || !text.matches("[0-9]{4}")) {
            throw ApiException.invalid("year", "Ange året med fyra siffror, t.ex. year=" + thisYear + ".");
        }
        int year = Integer.parseInt(text);
        if (year < 2000 || year > thisYear) {
            throw ApiException.invalid("year", "Året ska vara mellan 2000 och " + thisYear + ".");
        }
        return year;
    }
}
