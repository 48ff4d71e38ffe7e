package se.krimflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static se.krimflow.testsupport.PoliceNotificationPayload.policeNotification;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.krimflow.forms.FieldProblem;

class PoliceNotificationValidatorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    final PoliceNotificationValidator validator = new PoliceNotificationValidator();

    static Map<String, Object> valid() {
        return policeNotification().with("personnummer", "200901012385").with("policeReference", "5000-K123456-26")
                .toMap();
    }

    PoliceNotificationValidator.Result with(String field, Object value) {
        Map<String, Object> v = valid();
        v.put(field, value);
        return validator.validate(v, TODAY);
    }

    @Test
    void theDayOfTheSuspicionIsOptionalADateAndNotInTheFuture() {
        assertThat(with("suspicionNotifiedAt", TODAY.minusDays(3).toString()).notification().variables())
                .containsEntry("sixWeekLimitAt", java.util.Date.from(TODAY.minusDays(3).plusWeeks(6).atTime(23, 59)
                        .atZone(java.time.ZoneId.of("Europe/Stockholm")).toInstant()));
        assertThat(with("suspicionNotifiedAt", "i går").problems()).extracting(FieldProblem::field)
                .containsExactly("suspicionNotifiedAt");
        assertThat(with("suspicionNotifiedAt", TODAY.plusDays(1).toString()).problems()).extracting(FieldProblem::message)
                .containsExactly("Datumet får inte ligga i framtiden.");
    }

    @Test
    void aCompleteNotificationIsValidAndNormalised() {
        PoliceNotificationValidator.Result r = with("personnummer", "20090101-2385");
        assertThat(r.problems()).isEmpty();
        assertThat(r.notification().variables())
                .containsEntry("personnummer", "200901012385")
                .containsEntry("ageAtInterrogation", 17)
                .containsEntry("prisonInScale", true)
                .containsEntry("interrogationAt", Date.from(java.time.Instant.parse("2026-12-01T09:00:00Z")));
    }

    @Test
    void everyMissingFieldIsNamed() {
        PoliceNotificationValidator.Result r = validator.validate(Map.of(), TODAY);
        assertThat(r.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "personnummer", "youthName", "policeReference", "offence", "prisonInScale", "seriousOffence",
                "hasCaseworker", "arrested", "interrogationAt");
        assertThat(r.notification()).isNull();
    }

    @Test
    void aBooleanGivenAsTextIsRefused() {
        assertThat(with("prisonInScale", "ja").problems()).singleElement()
                .extracting(FieldProblem::field).isEqualTo("prisonInScale");
    }

    @Test
    void anInterrogationTimeWithoutOffsetIsRefused() {
        assertThat(with("interrogationAt", "2026-12-01T10:00:00").problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("interrogationAt");
                    assertThat(p.message()).contains("tidszon");
                });
        assertThat(with("interrogationAt", "2026-12-01").problems()).hasSize(1);
        assertThat(with("interrogationAt", 12).problems()).hasSize(1);
    }

    @Test
    void tooLongTextAndOddCharactersInTheReferenceAreRefused() {
        assertThat(with("youthName", "x".repeat(201)).problems()).hasSize(1);
        assertThat(with("policeReference", "5000<script>").problems()).singleElement()
                .extracting(FieldProblem::field).isEqualTo("policeReference");
    }

    @Test
    void ageIsTakenOnTheStockholmCalendarDateOfTheInterrogation() {
        // Born 2009-01-01; 23:30 UTC on 31 December is already 1 January in Stockholm.
        assertThat(with("interrogationAt", "2026-12-31T23:30:00Z").notification().ageAtInterrogation())
                .isEqualTo(18);
        assertThat(with("interrogationAt", "2026-12-31T22:30:00Z").notification().ageAtInterrogation())
                .isEqualTo(17);
    }

    @Test
    void aProcessVariableDateIsAcceptedAsWell() {
        assertThat(with("interrogationAt", new Date()).problems()).isEmpty();
    }

    @Test
    void anInterrogationBeforeBirthIsRefused() {
        assertThat(with("interrogationAt", "2008-12-01T10:00:00+01:00").problems()).hasSize(1);
    }
}
