package se.krimflow.sanction;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The court's or prosecutor's sanction decision and the prosecutor's answer to a notification of
 * neglect (CONTRACT.md). Who may call is declared in {@link SanctionProcessAccess}; the engine work
 * is {@link SanctionCases}.
 */
@RestController
@RequestMapping("/api/cases/{caseNumber}")
class SanctionController {

    private final SanctionCases cases;

    SanctionController(SanctionCases cases) {
        this.cases = cases;
    }

    record Accepted(String caseNumber) {
    }

    @PostMapping("/sanction")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted sanction(@PathVariable String caseNumber, @RequestBody(required = false) Map<String, Object> body) {
        cases.decide(caseNumber, SanctionDecision.variables(body));
        return new Accepted(caseNumber);
    }

    @PostMapping("/prosecutor-response")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted prosecutorResponse(@PathVariable String caseNumber, @RequestBody(required = false) Map<String, Object> body) {
        cases.answerFromProsecutor(caseNumber, SanctionDecision.prosecutorResponse(body));
        return new Accepted(caseNumber);
    }
}
