package se.krimflow.deviation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.krimflow.deviation.DeviationHandling.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.ResponseEntity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.krimflow.deadline.WorkingDays;
import se.krimflow.system.ApiException;
import se.krimflow.system.ReadAudit;

/**
 * 36 deviations over two years, four tracks, nine categories and four organisations, taken through
 * DeviationHandling as far as each got (some closed, some open, some untriaged); the report is read
 * from history and every figure is checked against the counts worked out by hand below.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = { "processes/DeviationHandling.bpmn", "processes/DeviationTrackDecision.dmn",
        "processes/ReportDeviation.form", "processes/DeviationTriage.form", "processes/DeviationLexSarahRemedy.form",
        "processes/DeviationLexSarahInvestigation.form", "processes/DeviationLexSarahSeriousness.form",
        "processes/DeviationIvoNotice.form", "processes/DeviationLexSarahReassessment.form",
        "processes/DeviationLexSarahActionPlan.form",
        "processes/DeviationSendToOrganisation.form", "processes/DeviationOrganisationAnswer.form",
        "processes/DeviationReporterFeedback.form", "processes/DeviationReadFeedback.form",
        "processes/DeviationOverdueFeedback.form", "processes/DeviationAgreeActions.form",
        "processes/DeviationJointForumItem.form", "processes/DeviationInvestigation.form",
        "processes/DeviationActions.form", "processes/DeviationComplaintAnswer.form", "processes/DeviationClose.form" })
class DeviationYearlyReportTest {

    /**
     * One deviation: when (Stockholm time), as reported, an optional triage change, and how far it
     * got: T untriaged, O open at its first step, F collaboration with feedback given but open,
     * C closed, R closed with a recurring problem, S lex Sarah closed as serious. {@code days}: days
     * from the report to the feedback (collaboration), -1 none.
     */
    record Row(String at, String type, boolean risk, boolean other, String org, String category, String triageTrack,
            String triageCategory, String triageOrg, char drive, int days) {
    }

    static Row row(String at, String type, boolean risk, boolean other, String org, String category, char drive,
            int days) {
        return new Row(at, type, risk, other, org, category, null, null, null, drive, days);
    }

    static final List<Row> ROWS = List.of(
            // 2026, collaboration (12)
            row("2026-01-10T10:00", "PARTNER", false, false, "Region Skåne", "HELHETSSYN", 'C', 10),
            row("2026-02-03T10:00", "PARTNER", false, false, "Region Skåne", "KOMMUNIKATION", 'C', 20),
            row("2026-03-01T10:00", "PERSONAL", false, true, "Region Skåne", "INFORMATION", 'O', -1),
            row("2026-03-15T10:00", "PERSONAL", false, true, "Region Skåne", "HELHETSSYN", 'F', 30),
            row("2026-04-02T10:00", "PARTNER", false, false, "Region Skåne", "KLIENTFOKUS", 'R', 45),
            row("2026-05-05T10:00", "PARTNER", false, false, "Region Skåne", "SIP_SAKNAS", 'C', 70),
            row("2026-05-20T10:00", "PARTNER", false, false, "Polisen", "KOMMUNIKATION", 'C', 15),
            row("2026-06-11T10:00", "PERSONAL", false, true, "Polisen", "INFORMATION", 'F', 61),
            row("2026-11-15T10:00", "PARTNER", false, false, "Polisen", "ATERKOPPLING", 'O', -1),
            row("2026-07-01T10:00", "PARTNER", false, false, "Utbildningsförvaltningen", "HELHETSSYN", 'C', 25),
            row("2026-08-19T10:00", "PERSONAL", false, true, "Utbildningsförvaltningen", "KLIENTFOKUS", 'C', 40),
            new Row("2026-09-09T10:00", "PERSONAL", false, false, null, "OVRIGT", "SAMVERKAN", "KOMPETENS",
                    "Kriminalvården", 'C', 5),
            // 2026, lex Sarah (4)
            row("2026-01-20T10:00", "PERSONAL", true, false, null, "BEMOTANDE", 'S', -1),
            row("2026-04-14T10:00", "PERSONAL", true, false, null, "KLIENTFOKUS", 'C', -1),
            row("2026-10-01T10:00", "PERSONAL", true, true, "Region Skåne", "HELHETSSYN", 'T', -1),
            row("2026-12-01T10:00", "PERSONAL", true, false, null, "INFORMATION", 'O', -1),
            // 2026, complaints (5, one triaged to internal)
            row("2026-02-14T10:00", "KLIENT", false, false, null, "BEMOTANDE", 'C', -1),
            row("2026-03-30T10:00", "KLIENT", true, false, null, "KOMMUNIKATION", 'C', -1),
            row("2026-06-30T10:00", "KLIENT", false, false, null, "KLIENTFOKUS", 'O', -1),
            row("2026-09-30T10:00", "KLIENT", false, true, "Region Skåne", "HELHETSSYN", 'C', -1),
            new Row("2026-10-10T10:00", "KLIENT", false, false, null, "ATERKOPPLING", "INTERN", "ATERKOPPLING", null,
                    'C', -1),
            // 2026, internal (7), two at the year's edges
            row("2026-01-05T10:00", "PERSONAL", false, false, null, "KOMMUNIKATION", 'C', -1),
            row("2026-02-28T10:00", "PERSONAL", false, false, null, "HELHETSSYN", 'C', -1),
            row("2026-05-15T10:00", "PERSONAL", false, false, null, "INFORMATION", 'O', -1),
            row("2026-07-07T10:00", "PERSONAL", false, false, null, "KLIENTFOKUS", 'C', -1),
            row("2026-12-31T23:30", "PERSONAL", false, false, null, "ATERKOPPLING", 'C', -1),
            row("2026-08-08T10:00", "PERSONAL", false, false, null, "KOMMUNIKATION", 'T', -1),
            row("2026-01-01T00:15", "PERSONAL", false, false, null, "SIP_SAKNAS", 'C', -1),
            // 2025 (8), the last one 15 minutes before the new year in Stockholm
            row("2025-03-03T10:00", "PARTNER", false, false, "Region Skåne", "HELHETSSYN", 'C', 12),
            row("2025-05-05T10:00", "PERSONAL", true, false, null, "BEMOTANDE", 'S', -1),
            row("2025-06-06T10:00", "KLIENT", false, false, null, "KOMMUNIKATION", 'C', -1),
            row("2025-08-08T10:00", "PERSONAL", false, false, null, "INFORMATION", 'C', -1),
            row("2025-09-09T10:00", "PARTNER", false, false, "Polisen", "OVRIGT", 'C', 80),
            row("2025-10-10T10:00", "PERSONAL", false, true, "Socialtjänsten Lund", "KOMPETENS", 'O', -1),
            row("2025-11-11T10:00", "KLIENT", false, false, null, "BEMOTANDE", 'T', -1),
            row("2025-12-31T23:45", "PERSONAL", false, false, null, "OVRIGT", 'T', -1));

    static final Date NOW = DeviationDriver.at("2027-01-10T12:00");

    ProcessEngine engine;
    DeviationDriver driver;
    DeviationReportController reports;

    @BeforeEach
    void setUp() {
        Mocks.register("workingDays", new WorkingDays());
        Mocks.register("deviationIntake", new DeviationIntakeListener());
        Mocks.register("deviationMilestones", new DeviationMilestones());
        driver = new DeviationDriver(engine);
        reports = new DeviationReportController(
                new DeviationHistory(engine),
                engine.getIdentityService(), new ReadAudit(
                        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource()));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
    }

    void runAll() {
        int i = 0;
        for (Row row : ROWS) {
            run(row, "krim" + (i++ % 3 + 1));
        }
        ClockUtil.setCurrentTime(NOW);
        engine.getIdentityService().setAuthentication("kvalitet1", List.of("kvalitet"));
    }

    void run(Row row, String reporter) {
        Date reported = DeviationDriver.at(row.at());
        ClockUtil.setCurrentTime(reported);
        ProcessInstance instance = driver.start(reporter,
                DeviationDriver.report(row.type(), row.risk(), row.other(), row.org(), row.category()));
        if (row.drive() == 'T') {
            return;
        }
        if (row.triageTrack() != null) {
            driver.triage(instance, row.triageTrack(), row.triageCategory(), row.triageOrg());
        } else {
            driver.triage(instance);
        }
        String track = (String) engine.getRuntimeService().getVariable(instance.getId(), TRACK);
        boolean close = row.drive() == 'C' || row.drive() == 'R' || row.drive() == 'S';
        switch (track) {
            case "SAMVERKAN" -> {
                if (row.days() >= 0) {
                    driver.collaborationUntilFeedback(instance, reported, row.days());
                    if (close) {
                        driver.collaborationToEnd(instance, row.drive() == 'R');
                    }
                }
            }
            case "LEX_SARAH" -> {
                if (close) {
                    driver.lexSarahToEnd(instance, row.drive() == 'S');
                }
            }
            case "KLAGOMAL" -> {
                if (close) {
                    driver.complaintToEnd(instance);
                } else {
                    driver.answerComplaint(instance);
                }
            }
            default -> {
                if (close) {
                    driver.internalToEnd(instance);
                }
            }
        }
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
                .as(row.at() + " closed?").isEqualTo(close ? 0 : 1);
    }

    @Test
    void theYearlyReportCountsEveryDeviationReportedInTheYearFromHistory() throws Exception {
        assertThat(ROWS).hasSizeGreaterThanOrEqualTo(34);
        runAll();

        YearlyReport report = (YearlyReport) reports.report("2026", null).getBody();
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(report));
        assertThat(json.get("year").asInt()).isEqualTo(2026);
        assertThat(json.get("total").asInt()).isEqualTo(28);
        assertThat(new ObjectMapper().convertValue(json.get("byCategory"), Map.class)).containsExactly(
                Map.entry("HELHETSSYN", 6), Map.entry("KLIENTFOKUS", 5), Map.entry("KOMMUNIKATION", 5),
                Map.entry("INFORMATION", 4), Map.entry("ATERKOPPLING", 3), Map.entry("SIP_SAKNAS", 2),
                Map.entry("BEMOTANDE", 2), Map.entry("KOMPETENS", 1), Map.entry("OVRIGT", 0));
        assertThat(new ObjectMapper().convertValue(json.get("byTrack"), Map.class)).containsExactly(
                Map.entry("KLAGOMAL", 4), Map.entry("LEX_SARAH", 4), Map.entry("SAMVERKAN", 12),
                Map.entry("INTERN", 8));
        assertThat(new ObjectMapper().convertValue(json.get("byOrganisation"), Map.class)).containsExactly(
                Map.entry("Region Skåne", 8), Map.entry("Polisen", 3), Map.entry("Utbildningsförvaltningen", 2),
                Map.entry("Kriminalvården", 1));
        // feedback after 5, 10, 15, 20, 25, 30, 40, 45, 61, 70 days
        assertThat(json.get("medianDaysToFeedback").asDouble()).isEqualTo(27.5);
        // 61 and 70 days late; one never answered and past its deadline; one not yet due
        assertThat(json.get("overdueFeedback").asInt()).isEqualTo(3);

        YearlyReport earlier = (YearlyReport) reports.report("2025", "json").getBody();
        assertThat(earlier.total()).isEqualTo(8);
        assertThat(earlier.byTrack()).containsExactly(Map.entry("KLAGOMAL", 2L), Map.entry("LEX_SARAH", 1L),
                Map.entry("SAMVERKAN", 3L), Map.entry("INTERN", 2L));
        assertThat(earlier.byCategory()).containsEntry("OVRIGT", 2L).containsEntry("BEMOTANDE", 2L)
                .containsEntry("SIP_SAKNAS", 0L);
        assertThat(earlier.byOrganisation()).containsExactly(Map.entry("Polisen", 1L), Map.entry("Region Skåne", 1L),
                Map.entry("Socialtjänsten Lund", 1L));
        assertThat(earlier.medianDaysToFeedback()).isEqualTo(46.0);
        assertThat(earlier.overdueFeedback()).isEqualTo(2);

        ResponseEntity<?> csv = reports.report("2026", "csv");
        assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat((String) csv.getBody()).isEqualTo(String.join("\r\n",
                "section,key,label,value",
                "summary,year,År,2026",
                "summary,total,Antal avvikelser,28",
                "summary,medianDaysToFeedback,Mediantid till återkoppling (dagar),27.5",
                "summary,overdueFeedback,Försenade återkopplingar (över 60 dagar),3",
                "category,HELHETSSYN,Brist på helhetssyn,6",
                "category,KLIENTFOKUS,Brist på klientfokus,5",
                "category,KOMMUNIKATION,Kommunikation,5",
                "category,INFORMATION,Information,4",
                "category,ATERKOPPLING,Återkopplingsrutiner,3",
                "category,SIP_SAKNAS,SIP saknas,2",
                "category,BEMOTANDE,Bemötande,2",
                "category,KOMPETENS,Kompetens,1",
                "category,OVRIGT,Övrigt,0",
                "track,KLAGOMAL,Klagomål,4",
                "track,LEX_SARAH,Lex Sarah,4",
                "track,SAMVERKAN,Samverkansavvikelse,12",
                "track,INTERN,Intern avvikelse,8",
                "organisation,Region Skåne,Region Skåne,8",
                "organisation,Polisen,Polisen,3",
                "organisation,Utbildningsförvaltningen,Utbildningsförvaltningen,2",
                "organisation,Kriminalvården,Kriminalvården,1") + "\r\n");

        String svg = reports.chart("2026").getBody();
        Document chart = parse(svg);
        assertThat(chart.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(text(chart, "chart-title")).isEqualTo("Avvikelser per kategori 2026");
        assertThat(text(chart, "x-axis-label")).isEqualTo("Antal avvikelser");
        assertThat(text(chart, "y-axis-label")).isEqualTo("Kategori");
        Map<String, Long> expected = report.byCategory();
        expected.forEach((code, count) -> {
            assertThat(text(chart, "count-" + code)).as(code).isEqualTo(Long.toString(count));
            assertThat(text(chart, "label-" + code)).as(code).isEqualTo(DeviationHandling.codes(Category.class)
                    .get(code).label);
        });
    }

    /**
     * docs/adr/0015: a report that triage ended as not a deviation or as a duplicate is no deviation
     * of its own, so it counts nowhere: not in the total, a category, a track (the track after triage
     * is none), an organisation, the lead times or the overdue feedback (its 60 days have passed).
     */
    @Test
    void reportsThatTriageEndedAsNoDeviationOrAsADuplicateCountNowhere() throws Exception {
        ClockUtil.setCurrentTime(DeviationDriver.at("2029-02-01T10:00"));
        ProcessInstance original = driver.start("krim1", DeviationDriver.report("PARTNER", false, false,
                "Region Skåne", "SIP_SAKNAS"));
        driver.triage(original);
        driver.collaborationUntilFeedback(original, DeviationDriver.at("2029-02-01T10:00"), 20);
        ClockUtil.setCurrentTime(DeviationDriver.at("2029-02-02T10:00"));
        ProcessInstance duplicate = driver.start("krim2", DeviationDriver.report("PARTNER", false, false,
                "Region Skåne", "SIP_SAKNAS"));
        driver.complete(duplicate, TASK_TRIAGE, TRIAGE_OUTCOME, "DUBBLETT", DUPLICATE_OF, original.getBusinessKey(),
                TRIAGE_REASON, DeviationDriver.TEXT);
        ProcessInstance noDeviation = driver.start("krim3", DeviationDriver.report("PERSONAL", false, true,
                "Polisen", "BEMOTANDE"));
        driver.complete(noDeviation, TASK_TRIAGE, TRIAGE_OUTCOME, "INTE_AVVIKELSE", TRIAGE_REASON,
                DeviationDriver.TEXT);
        ProcessInstance internal = driver.start("krim1", DeviationDriver.report("PERSONAL", false, false, null,
                "KOMPETENS"));
        driver.complete(internal, TASK_TRIAGE, TRIAGE_OUTCOME, "AVVIKELSE");
        driver.start("krim2", DeviationDriver.report("KLIENT", false, false, null, "BEMOTANDE"));
        assertThat(duplicate).isEnded();
        assertThat(noDeviation).isEnded();

        ClockUtil.setCurrentTime(DeviationDriver.at("2029-12-30T10:00"));
        engine.getIdentityService().setAuthentication("kvalitet1", List.of("kvalitet"));
        YearlyReport report = (YearlyReport) reports.report("2029", null).getBody();
        assertThat(report.total()).as("two deviations, one untriaged report; not the two dismissed").isEqualTo(3);
        assertThat(report.byTrack()).containsExactly(Map.entry("KLAGOMAL", 1L), Map.entry("LEX_SARAH", 0L),
                Map.entry("SAMVERKAN", 1L), Map.entry("INTERN", 1L));
        assertThat(report.byCategory()).containsEntry("SIP_SAKNAS", 1L).containsEntry("BEMOTANDE", 1L)
                .containsEntry("KOMPETENS", 1L);
        assertThat(report.byOrganisation()).containsExactly(Map.entry("Region Skåne", 1L));
        assertThat(report.medianDaysToFeedback()).isEqualTo(20.0);
        assertThat(report.overdueFeedback()).as("the dismissed partner report's 60 days passed long ago").isZero();
    }

    @Test
    void aBadYearIsRefusedNamingYear() {
        ClockUtil.setCurrentTime(NOW);
        for (String bad : new String[] { null, "", "26", "tjugo", "1999", "2028", "2026; drop" }) {
            assertThatThrownBy(() -> reports.report(bad, null)).as(String.valueOf(bad))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors())
                            .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("year")));
            assertThatThrownBy(() -> reports.chart(bad)).isInstanceOf(ApiException.class);
        }
        assertThatThrownBy(() -> reports.report("2026", "pdf")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("format"));
    }

    @Test
    void anEmptyYearHasEveryCodeWithZeroAndNoMedian() throws Exception {
        ClockUtil.setCurrentTime(NOW);
        YearlyReport report = (YearlyReport) reports.report("2019", null).getBody();
        assertThat(report.total()).isZero();
        assertThat(report.byCategory()).hasSize(9).allSatisfy((k, v) -> assertThat(v).isZero());
        assertThat(report.byTrack()).hasSize(4).allSatisfy((k, v) -> assertThat(v).isZero());
        assertThat(report.medianDaysToFeedback()).isNull();
        Document chart = parse(reports.chart("2019").getBody());
        assertThat(text(chart, "count-OVRIGT")).isEqualTo("0");
    }

    @Test
    void csvQuotesAndDefusesOrganisationNames() {
        Map<String, Long> organisations = new java.util.LinkedHashMap<>();
        organisations.put("Region Skåne, psykiatrin", 2L);
        organisations.put("=HYPERLINK(\"x\")", 1L);
        YearlyReport report = new YearlyReport(2026, 3, new HashMap<>(), new HashMap<>(), organisations, null, 0);
        assertThat(DeviationReportCsv.render(report))
                .contains("organisation,\"Region Skåne, psykiatrin\",\"Region Skåne, psykiatrin\",2\r\n")
                .contains("organisation,\"'=HYPERLINK(\"\"x\"\")\",\"'=HYPERLINK(\"\"x\"\")\",1\r\n")
                .contains("summary,medianDaysToFeedback,Mediantid till återkoppling (dagar),\r\n");
    }

    @Test
    void chartEscapesText() throws Exception {
        Map<String, Long> categories = new java.util.LinkedHashMap<>();
        categories.put("<b>&", 3L);
        YearlyReport report = new YearlyReport(2026, 3, categories, new HashMap<>(), new HashMap<>(), null, 0);
        Document chart = parse(DeviationReportChart.render(report));
        assertThat(text(chart, "count-<b>&")).isEqualTo("3");
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static String text(Document svg, String id) {
        NodeList texts = svg.getElementsByTagNameNS(DeviationReportChart.SVG, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element e = (Element) texts.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e.getTextContent();
            }
        }
        throw new AssertionError("No text " + id + " in the chart");
    }
}
