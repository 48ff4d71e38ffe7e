package se.krimflow.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.krimflow.deadline.EngineClock;
import se.krimflow.system.ApiException;
import se.krimflow.forms.FieldProblem;

class StatementRequestValidatorTest {

    static final ZoneId STOCKHOLM = EngineClock.ZONE;
    /** 2026-12-10 00:30 in Stockholm, still 2026-12-09 in UTC. */
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 12, 10, 0, 30, 0, 0, STOCKHOLM).toInstant(), STOCKHOLM);
    final StatementRequestValidator validator = new StatementRequestValidator(CLOCK);
    final ObjectMapper json = new ObjectMapper();

    StatementRequestValidator.StatementRequest validate(String body) throws Exception {
        return validator.validate(json.readTree(body));
    }

    ApiException problem(String body) {
        return catchThrowableOfType(ApiException.class, () -> validate(body));
    }

    @Test
    void acceptsTheContractsExample() throws Exception {
        var request = validate("{\"requestedBy\":\"AKLAGARE\",\"dueDate\":\"2026-12-15\",\"personalCircumstancesRequested\":true}");
        assertThat(request.requestedBy()).isEqualTo("AKLAGARE");
        assertThat(request.dueDate()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(request.personalCircumstancesRequested()).isTrue();
    }

    @Test
    void dueDateTodayInStockholmIsAcceptedYesterdayIsNot() throws Exception {
        assertThat(validate("{\"requestedBy\":\"DOMSTOL\",\"dueDate\":\"2026-12-10\",\"personalCircumstancesRequested\":false}")
                .dueDate()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(problem("{\"requestedBy\":\"POLIS\",\"dueDate\":\"2026-12-09\",\"personalCircumstancesRequested\":false}")
                .errors()).extracting(FieldProblem::field).containsExactly("dueDate");
    }

    @Test
    void namesEveryBadField() {
        ApiException e = problem("{\"requestedBy\":\"GRANNE\",\"dueDate\":\"15/12/2026\",\"personalCircumstancesRequested\":\"ja\"}");
        assertThat(e.status().value()).isEqualTo(400);
        assertThat(e.errors()).extracting(FieldProblem::field)
                .containsExactly("requestedBy", "dueDate", "personalCircumstancesRequested");
        assertThat(e.errors()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
    }

    @Test
    void missingBodyNamesAllFields() {
        ApiException e = catchThrowableOfType(ApiException.class, () -> validator.validate(null));
        assertThat(e.errors()).hasSize(3);
    }
}
