package se.krimflow.statement;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import se.krimflow.cases.OpenCases;
import se.krimflow.deadline.EngineClock;
import se.krimflow.deadline.WorkingDays;
import se.krimflow.system.ApiException;
import se.krimflow.system.ReadAudit;

/**
 * The statement endpoints of CONTRACT.md. Who may call them is the case endpoints' rule
 * ({@code /api/cases/**}, YouthCrimeCase.CASE_WORKERS, declared in CasesConfiguration).
 */
@RestController
class StatementController {

    private final OpenCases cases;
    private final StatementDocuments statements;
    private final WorkingDays workingDays;
    private final ReadAudit readAudit;
    private final IdentityService identity;
    private final StatementRequestValidator validator;

    StatementController(OpenCases cases, StatementDocuments statements, WorkingDays workingDays, ReadAudit readAudit,
            IdentityService identity) {
        this.cases = cases;
        this.statements = statements;
        this.workingDays = workingDays;
        this.readAudit = readAudit;
        this.identity = identity;
        this.validator = new StatementRequestValidator(EngineClock.clock());
    }

    @PostMapping(path = "/api/cases/{caseNumber}/statement-request", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> request(@PathVariable String caseNumber,
            @RequestBody(required = false) JsonNode body) {
        StatementRequestValidator.StatementRequest request = validator.validate(body);

        Map<String, Object> variables = new HashMap<>();
        variables.put(StatementWriting.VAR_REQUESTED_BY, request.requestedBy());
        // Due at the end of the working day of the due date (WorkingDays.endOfDay).
        variables.put(StatementWriting.VAR_DUE_DATE, workingDays.endOfDay(request.dueDate()));
        variables.put(StatementWriting.VAR_PERSONAL_REQUESTED, request.personalCircumstancesRequested());
        cases.correlate(caseNumber, StatementWriting.MESSAGE_STATEMENT_REQUESTED, variables, () -> {
            if (statements.hasOpenStatement(caseNumber)) {
                throw ApiException.conflict("Ett yttrande i ärendet håller redan på att skrivas.");
            }
        });
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("caseNumber", caseNumber));
    }

    @GetMapping(path = "/api/cases/{caseNumber}/statement.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String caseNumber) {
        cases.requireReadable(caseNumber);
        StatementDocuments.Pdf pdf = statements.latestPdf(caseNumber)
                .orElseThrow(() -> ApiException.notFound("Det finns inget yttrande i ärendet."));
        Authentication user = identity.getCurrentAuthentication();
        readAudit.record(user == null ? null : user.getUserId(), caseNumber, "statement.pdf");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(pdf.fileName()).build().toString())
                .body(pdf.content());
    }
}
