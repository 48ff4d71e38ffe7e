package se.krimflow.statement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import se.krimflow.system.ApiException;
import se.krimflow.forms.FieldProblem;

/**
 * Checks the body of {@code POST /api/cases/{caseNumber}/statement-request}: every bad field is
 * named, with a Swedish message. The due date may be today but not earlier (Europe/Stockholm).
 */
final class StatementRequestValidator {

    static final String FIELD_REQUESTED_BY = "requestedBy";
    static final String FIELD_DUE_DATE = "dueDate";
    static final String FIELD_PERSONAL = "personalCircumstancesRequested";

    record StatementRequest(String requestedBy, LocalDate dueDate, boolean personalCircumstancesRequested) {
    }

    private final Clock clock;

    StatementRequestValidator(Clock clock) {
        this.clock = clock;
    }

    StatementRequest validate(JsonNode body) {
        List<FieldProblem> problems = new ArrayList<>();
        JsonNode json = body == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : body;

        JsonNode requester = json.path(FIELD_REQUESTED_BY);
        String requestedBy = requester.isTextual() ? requester.asText() : null;
        if (requestedBy == null || !StatementWriting.REQUESTERS.contains(requestedBy)) {
            problems.add(new FieldProblem(FIELD_REQUESTED_BY, "Ange vem som begär yttrandet: AKLAGARE, POLIS eller DOMSTOL."));
        }

        LocalDate dueDate = null;
        JsonNode due = json.path(FIELD_DUE_DATE);
        if (!due.isTextual()) {
            problems.add(new FieldProblem(FIELD_DUE_DATE, "Ange sista dag för yttrandet som ÅÅÅÅ-MM-DD."));
        } else {
            try {
                dueDate = LocalDate.parse(due.asText());
                if (dueDate.isBefore(LocalDate.now(clock))) {
                    problems.add(new FieldProblem(FIELD_DUE_DATE, "Sista dag för yttrandet får inte ha passerat."));
                }
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(FIELD_DUE_DATE, "Ange sista dag för yttrandet som ÅÅÅÅ-MM-DD."));
            }
        }

        JsonNode personal = json.path(FIELD_PERSONAL);
        if (!personal.isBoolean()) {
            problems.add(new FieldProblem(FIELD_PERSONAL, "Ange true eller false: begärs personliga förhållanden?"));
        }

        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return new StatementRequest(requestedBy, dueDate, personal.asBoolean());
    }
}
