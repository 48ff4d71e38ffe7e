package se.krimflow.cases;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.krimflow.forms.FieldProblem;
import se.krimflow.system.ApiException;
import se.krimflow.system.QueryParameters;

/**
 * {@code GET /api/cases}, {@code GET /api/cases/{caseNumber}}, {@code POST /api/cases},
 * {@code POST /api/cases/{caseNumber}/close},
 * {@code POST /api/cases/{caseNumber}/prosecution-decision} and
 * {@code POST /api/cases/{caseNumber}/interrogation-moved} (CONTRACT.md).
 */
@RestController
class CasesController {

    static final int CLOSE_REASON_MAX = 1000;

    static final int MAX_PAGE_SIZE = 100;

    private final CaseIntake intake;
    private final OpenCases openCases;
    private final CaseSummaries summaries;

    CasesController(CaseIntake intake, OpenCases openCases, CaseSummaries summaries) {
        this.intake = intake;
        this.openCases = openCases;
        this.summaries = summaries;
    }

    /** The open cases the caller may read, newest first (CONTRACT.md); never a personnummer. */
    @GetMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> list(@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return summaries.page(QueryParameters.wholeNumber("page", page, 0, 0, 100_000),
                QueryParameters.wholeNumber("size", size, 20, 1, MAX_PAGE_SIZE));
    }

    /** One case with its legal clocks and outcomes; 404 for an unknown case and for one the caller may not read. */
    @GetMapping(path = "/api/cases/{caseNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> one(@PathVariable String caseNumber) {
        OpenCases.requireCaseNumber(caseNumber);
        return summaries.one(caseNumber);
    }

    @PostMapping(path = "/api/cases", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> register(@RequestBody Map<String, Object> notification) {
        CaseIntake.Registered registered = intake.register(notification);
        return Map.of("caseNumber", registered.caseNumber(), "processInstanceId", registered.processInstanceId());
    }

    @PostMapping(path = "/api/cases/{caseNumber}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> close(@PathVariable String caseNumber, @RequestBody Map<String, Object> body) {
        Object reason = body.get("reason");
        if (reason == null || (reason instanceof String s && s.isBlank())) {
            throw ApiException.invalid("reason", "Ange varför ärendet avslutas.");
        }
        if (!(reason instanceof String text)) {
            throw ApiException.invalid("reason", "Orsaken ska vara text.");
        }
        if (text.trim().length() > CLOSE_REASON_MAX) {
            throw ApiException.invalid("reason", "Orsaken får vara högst " + CLOSE_REASON_MAX + " tecken.");
        }
        OpenCases.requireCaseNumber(caseNumber);
        openCases.correlate(caseNumber, YouthCrimeCase.MESSAGE_CASE_CLOSED,
                Map.of(YouthCrimeCase.VAR_CLOSE_REASON, text.trim()));
        return Map.of("caseNumber", caseNumber);
    }

    /** The prosecutor's decision, once per case: every decision but ATAL ends the case by itself. */
    @PostMapping(path = "/api/cases/{caseNumber}/prosecution-decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> prosecutionDecision(@PathVariable String caseNumber,
            @RequestBody(required = false) Map<String, Object> body) {
        Object decision = body == null ? null : body.get("decision");
        if (!(decision instanceof String code) || !YouthCrimeCase.PROSECUTION_DECISIONS.contains(code)) {
            throw ApiException.invalid("decision", "Ange åklagarens beslut: "
                    + String.join(", ", YouthCrimeCase.PROSECUTION_DECISIONS) + ".");
        }
        OpenCases.requireCaseNumber(caseNumber);
        openCases.correlateOnce(caseNumber, YouthCrimeCase.MESSAGE_PROSECUTION_DECIDED,
                YouthCrimeCase.VAR_PROSECUTION_DECISION,
                Map.of(YouthCrimeCase.VAR_PROSECUTION_DECISION, code,
                        YouthCrimeCase.VAR_PROSECUTION_DECIDED_AT, ClockUtil.getCurrentTime()),
                "Åklagarens beslut i ärendet är redan registrerat.");
        return Map.of("caseNumber", caseNumber);
    }

    /** The police moved the interrogation: the attendance's due dates and escalation follow (409 once it has ended). */
    @PostMapping(path = "/api/cases/{caseNumber}/interrogation-moved", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> interrogationMoved(@PathVariable String caseNumber,
            @RequestBody(required = false) Map<String, Object> body) {
        List<FieldProblem> problems = new ArrayList<>();
        OffsetDateTime at = PoliceNotificationValidator.interrogationAt(
                body == null ? null : body.get(YouthCrimeCase.VAR_INTERROGATION_AT), problems);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        OpenCases.requireCaseNumber(caseNumber);
        openCases.correlateToCalled(caseNumber, YouthCrimeCase.INTERROGATION_ATTENDANCE,
                YouthCrimeCase.MESSAGE_INTERROGATION_MOVED,
                Map.of(YouthCrimeCase.VAR_INTERROGATION_AT, Date.from(at.toInstant())),
                "Förhörsnärvaron i ärendet är redan avslutad.");
        return Map.of("caseNumber", caseNumber);
    }
}
