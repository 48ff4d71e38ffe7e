package se.krimflow.mediation;

import static se.krimflow.mediation.MediationOffer.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.krimflow.cases.OpenCases;
import se.krimflow.system.ApiException;

/**
 * {@code POST /api/cases/{caseNumber}/mediation-withdrawal} {@code {"withdrawnBy": "UNGDOMEN"|"BROTTSOFFRET"}}:
 * a party withdrew from the mediation, at any time while it runs (also while the victim is being
 * contacted or a wait is open). Correlates {@link MediationOffer#MESSAGE_WITHDRAWN} to the case's
 * running mediation; 202, 400 naming {@code withdrawnBy}, 404 for an unknown case, 409 when no
 * mediation of the case can be withdrawn from now. Who may call: {@link MediationAccess}.
 */
@RestController
class MediationController {

    static final String NO_MEDIATION = "Ingen medling pågår i ärendet som kan avbrytas.";

    private final OpenCases openCases;

    MediationController(OpenCases openCases) {
        this.openCases = openCases;
    }

    @PostMapping(path = "/api/cases/{caseNumber}/mediation-withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> withdraw(@PathVariable String caseNumber, @RequestBody(required = false) Map<String, Object> body) {
        Object by = body == null ? null : body.get(VAR_WITHDRAWN_BY);
        if (!PARTY_YOUTH.equals(by) && !PARTY_VICTIM.equals(by)) {
            throw ApiException.invalid(VAR_WITHDRAWN_BY, "Ange vem som avbröt: " + PARTY_YOUTH + " (den unge) eller "
                    + PARTY_VICTIM + " (brottsoffret).");
        }
        OpenCases.requireCaseNumber(caseNumber);
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_WITHDRAWN_BY, by);
        variables.put(VAR_WITHDRAWN_AT, ClockUtil.getCurrentTime());
        openCases.correlateToCalled(caseNumber, KEY, MESSAGE_WITHDRAWN, variables, NO_MEDIATION);
        return Map.of("caseNumber", caseNumber);
    }
}
