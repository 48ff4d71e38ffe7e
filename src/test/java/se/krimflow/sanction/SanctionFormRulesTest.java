package se.krimflow.sanction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.krimflow.deadline.EngineClock;
import se.krimflow.forms.FieldProblem;
import se.krimflow.forms.FormCheck;
import se.krimflow.forms.FormErrors;

class SanctionFormRulesTest {

    static final String TODAY = LocalDate.now(EngineClock.ZONE).toString();
    static final String TOMORROW = LocalDate.now(EngineClock.ZONE).plusDays(1).toString();

    @Test
    void presentSessionNeedsWholePositiveHoursWithinWhatRemains() {
        assertThat(check(SanctionFormRules::registerSession, session("NARVARANDE", 5, null))).isEmpty();
        assertThat(check(SanctionFormRules::registerSession, session("NARVARANDE", 6, null)))
                .containsExactly("Utförda timmar vid passet");
        assertThat(check(SanctionFormRules::registerSession, session("NARVARANDE", 0, null)))
                .containsExactly("Utförda timmar vid passet");
        assertThat(check(SanctionFormRules::registerSession, session("NARVARANDE", 2.5, null)))
                .containsExactly("Utförda timmar vid passet");
        assertThat(check(SanctionFormRules::registerSession, session("NARVARANDE", null, null)))
                .containsExactly("Utförda timmar vid passet");
    }

    @Test
    void absenceNeedsAReason() {
        assertThat(check(SanctionFormRules::registerSession, session("FRANVARANDE", null, "Sjuk"))).isEmpty();
        assertThat(check(SanctionFormRules::registerSession, session("FRANVARANDE", null, " ")))
                .containsExactly("Orsak till frånvaron");
        assertThat(check(SanctionFormRules::registerSession, session(null, null, null))).containsExactly("Närvaro");
    }

    @Test
    void sessionDateIsRequiredAndNotInTheFuture() {
        Map<String, Object> values = session("FRANVARANDE", null, "Sjuk");
        values.put("sessionDate", TOMORROW);
        assertThat(check(SanctionFormRules::registerSession, values)).containsExactly("Datum för passet");
        values.remove("sessionDate");
        assertThat(check(SanctionFormRules::registerSession, values)).containsExactly("Datum för passet");
    }

    @Test
    void anEventMustSayWhatHappened() {
        Map<String, Object> values = new HashMap<>(Map.of("registrationType", "HANDELSE",
                "refusesToContinue", false, "newOffenceSuspected", false));
        assertThat(check(SanctionFormRules::registerSession, values)).containsExactly("Händelse");
        values.put("newOffenceSuspected", true);
        assertThat(check(SanctionFormRules::registerSession, values)).isEmpty();
    }

    @Test
    void completionNeedsAllHoursAndTheConfirmation() {
        Map<String, Object> values = new HashMap<>(Map.of("hoursDone", 20, "youthServiceHours", 20,
                "completionConfirmed", true, "completionDate", TODAY));
        assertThat(check(SanctionFormRules::confirmCompletion, values)).isEmpty();
        values.put("completionConfirmed", false);
        values.put("hoursDone", 19);
        assertThat(check(SanctionFormRules::confirmCompletion, values)).containsExactly("Bekräftelse", "Timmar");
    }

    @Test
    void contractEndsAfterTodayAndHasOneToTenItems() {
        Map<String, Object> values = new HashMap<>(Map.of("contractEndDate", TOMORROW, "contractItems", "Maria Nordväst: samtal"));
        assertThat(check(SanctionFormRules::registerContract, values)).isEmpty();
        values.put("contractEndDate", TODAY);
        values.put("contractItems", "\n \n");
        assertThat(check(SanctionFormRules::registerContract, values))
                .containsExactly("Kontraktet gäller till och med", "Kontraktets punkter");
        values.put("contractEndDate", TOMORROW);
        values.put("contractItems", "a\n".repeat(11));
        assertThat(check(SanctionFormRules::registerContract, values)).containsExactly("Kontraktets punkter");
    }

    @Test
    void contractItemWithMissedVisitsCannotBeFollowedAndShortcomingsAreDescribed() {
        Map<String, Object> values = new HashMap<>(Map.of("itemStatus", "FOLJS", "itemMissedAppointments", 1));
        assertThat(check(SanctionFormRules::followUpItem, values)).containsExactly("Följer den unge punkten?");
        values.put("itemStatus", "BRISTER");
        assertThat(check(SanctionFormRules::followUpItem, values)).containsExactly("Vårdgivarens bedömning");
        values.put("itemNote", "Uteblev en gång.");
        assertThat(check(SanctionFormRules::followUpItem, values)).isEmpty();
    }

    @Test
    void notificationDescribesTheNeglect() {
        assertThat(check(SanctionFormRules::notifyProsecutor,
                Map.of("notificationDate", TODAY, "neglectDescription", "kort"))).containsExactly("Beskrivning av misskötsamheten");
        assertThat(check(SanctionFormRules::notifyProsecutor,
                Map.of("notificationDate", TOMORROW, "neglectDescription", "Uteblivit två gånger."))).containsExactly("Datum för underrättelsen");
    }

    @Test
    void careContactNeedsADayNotInTheFutureAndAMethod() {
        Map<String, Object> values = new HashMap<>(Map.of("careFirstContactDate", TODAY, "careContactMethod", "TELEFON"));
        assertThat(check(SanctionFormRules::contactYouthAboutCare, values)).isEmpty();
        values.put("careFirstContactDate", TOMORROW);
        values.put("careContactMethod", "BREVDUVA");
        assertThat(check(SanctionFormRules::contactYouthAboutCare, values))
                .containsExactly("Datum för första kontakt", "Hur togs kontakten?");
        values.remove("careFirstContactDate");
        values.put("careContactMethod", "MOTE");
        assertThat(check(SanctionFormRules::contactYouthAboutCare, values)).containsExactly("Datum för första kontakt");
    }

    @Test
    void reminderToTheProsecutorHasADayAndAWay() {
        Map<String, Object> values = new HashMap<>(Map.of("prosecutorRemindedDate", TODAY, "prosecutorRemindedHow", "BREV"));
        assertThat(check(SanctionFormRules::remindProsecutor, values)).isEmpty();
        values.put("prosecutorRemindedDate", TOMORROW);
        values.remove("prosecutorRemindedHow");
        assertThat(check(SanctionFormRules::remindProsecutor, values))
                .containsExactly("Datum då åklagaren påmindes", "Hur påmindes åklagaren?");
    }

    @Test
    void missingAnswerIsEitherAwaitedWithANoteOrRecordedWithTheAnswer() {
        Map<String, Object> values = new HashMap<>(Map.of("missingResponseAction", "VANTA_PA_SVAR"));
        assertThat(check(SanctionFormRules::handleMissingResponse, values)).containsExactly("Vad har gjorts?");
        values.put("missingResponseNote", "Ringt åklagaren.");
        assertThat(check(SanctionFormRules::handleMissingResponse, values)).isEmpty();
        values.put("missingResponseAction", "SVAR_MOTTAGET");
        assertThat(check(SanctionFormRules::handleMissingResponse, values)).containsExactly("Åklagarens svar");
        values.put("prosecutorResponse", "KANSKE");
        assertThat(check(SanctionFormRules::handleMissingResponse, values)).containsExactly("Åklagarens svar");
        values.put("prosecutorResponse", "UNDANROJD");
        assertThat(check(SanctionFormRules::handleMissingResponse, values)).isEmpty();
        values.put("prosecutorResponse", "VARNING");
        assertThat(check(SanctionFormRules::handleMissingResponse, values)).isEmpty();
        values.remove("missingResponseAction");
        assertThat(check(SanctionFormRules::handleMissingResponse, values)).containsExactly("Hur går vi vidare?");
    }

    @Test
    void courtDecisionIsReplacedOrNotWithItsDay() {
        Map<String, Object> values = new HashMap<>(Map.of("courtDecision", "EJ_UNDANROJD", "courtDecisionDate", TODAY));
        assertThat(check(SanctionFormRules::recordCourtDecision, values)).isEmpty();
        values.put("courtDecision", "INGET_BESLUT");
        values.put("courtDecisionDate", TOMORROW);
        assertThat(check(SanctionFormRules::recordCourtDecision, values))
                .containsExactly("Vad beslutade tingsrätten?", "Datum för tingsrättens beslut");
        values.put("courtDecision", "UNDANROJD");
        values.remove("courtDecisionDate");
        assertThat(check(SanctionFormRules::recordCourtDecision, values)).containsExactly("Datum för tingsrättens beslut");
    }

    @Test
    void managerRecordsTheCourtsDecisionWithItsDayOrWhatWasDone() {
        Map<String, Object> values = new HashMap<>(Map.of("courtDecision", "INGET_BESLUT"));
        assertThat(check(SanctionFormRules::handleMissingCourtDecision, values)).containsExactly("Vad har gjorts?");
        values.put("courtDecisionNote", "Förhandling utsatt.");
        assertThat(check(SanctionFormRules::handleMissingCourtDecision, values)).isEmpty();
        values.put("courtDecision", "UNDANROJD");
        assertThat(check(SanctionFormRules::handleMissingCourtDecision, values)).containsExactly("Datum för tingsrättens beslut");
        values.put("courtDecisionDate", TODAY);
        assertThat(check(SanctionFormRules::handleMissingCourtDecision, values)).isEmpty();
        values.put("courtDecision", "OKLART");
        assertThat(check(SanctionFormRules::handleMissingCourtDecision, values)).containsExactly("Har tingsrätten beslutat?");
    }

    static Map<String, Object> session(String attendance, Object hours, String reason) {
        Map<String, Object> values = new HashMap<>();
        values.put("registrationType", "PASS");
        values.put("sessionDate", TODAY);
        values.put("attendance", attendance);
        values.put("sessionHours", hours);
        values.put("absenceReason", reason);
        values.put("youthServiceHours", 20);
        values.put("hoursDone", 15);
        return values;
    }

    static java.util.List<String> check(FormCheck rules, Map<String, Object> values) {
        FormErrors errors = new FormErrors();
        rules.check(values, errors);
        return errors.problems().stream().map(FieldProblem::field).toList();
    }
}
