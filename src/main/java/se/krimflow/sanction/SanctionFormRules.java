package se.krimflow.sanction;

import static se.krimflow.forms.FormValues.intValue;
import static se.krimflow.forms.FormValues.isTrue;
import static se.krimflow.forms.FormValues.wholeNumber;
import static se.krimflow.sanction.SanctionFollowUp.*;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import se.krimflow.deadline.EngineClock;
import se.krimflow.forms.FormCheck;
import se.krimflow.forms.FormErrors;
import se.krimflow.forms.FormRule;
import se.krimflow.forms.FormRules;
import se.krimflow.forms.FormValues;

/**
 * Server-side rules of the SanctionFollowUp forms beyond their schema, one check per form. Field
 * names in messages are the forms' Swedish labels.
 */
@FormRule
final class SanctionFormRules implements FormRules {

    @Override
    public Map<String, FormCheck> checks() {
        return Map.ofEntries(
                Map.entry(FORM_REGISTER_SESSION, SanctionFormRules::registerSession),
                Map.entry(FORM_CONFIRM_COMPLETION, SanctionFormRules::confirmCompletion),
                Map.entry(FORM_CONTACT_YOUTH, SanctionFormRules::contactYouth),
                Map.entry(FORM_WARNING_TALK, SanctionFormRules::warningTalk),
                Map.entry(FORM_INFORM_CASEWORKER, SanctionFormRules::informCaseworker),
                Map.entry(FORM_NOTIFY_PROSECUTOR, SanctionFormRules::notifyProsecutor),
                Map.entry(FORM_REGISTER_CONTRACT, SanctionFormRules::registerContract),
                Map.entry(FORM_FOLLOW_UP_ITEM, SanctionFormRules::followUpItem),
                Map.entry(FORM_CONTACT_YOUTH_ABOUT_CARE, SanctionFormRules::contactYouthAboutCare),
                Map.entry(FORM_REMIND_PROSECUTOR, SanctionFormRules::remindProsecutor),
                Map.entry(FORM_HANDLE_MISSING_RESPONSE, SanctionFormRules::handleMissingResponse),
                Map.entry(FORM_RECORD_COURT_DECISION, SanctionFormRules::recordCourtDecision),
                Map.entry(FORM_HANDLE_MISSING_COURT_DECISION, SanctionFormRules::handleMissingCourtDecision));
    }

    /** The hours of the sentence and those done so far are the process's account, not fields of the form. */
    @Override
    public Map<String, Set<String>> processVariablesRead() {
        return Map.of(FORM_CONFIRM_COMPLETION, Set.of(VAR_YOUTH_SERVICE_HOURS, VAR_HOURS_DONE));
    }

    /** RegisterYouthServiceSession: what a session needs depends on attendance; hours within what is left. */
    static void registerSession(Map<String, Object> values, FormErrors errors) {
        Object type = values.get(VAR_REGISTRATION_TYPE);
        if (REGISTRATION_SESSION.equals(type)) {
            errors.requireText(values, VAR_SESSION_DATE, "Datum för passet", "Ange datum för passet.");
            errors.notInFuture(values, VAR_SESSION_DATE, "Datum för passet");
            Object attendance = values.get(VAR_ATTENDANCE);
            if (ATTENDANCE_PRESENT.equals(attendance)) {
                checkHours(values, errors);
            } else if (ATTENDANCE_ABSENT.equals(attendance)) {
                errors.requireText(values, VAR_ABSENCE_REASON, "Orsak till frånvaron", "Ange varför den unge inte kom.");
            } else {
                errors.add("Närvaro", "Ange om den unge var närvarande eller frånvarande.");
            }
        } else if (REGISTRATION_EVENT.equals(type)) {
            if (!isTrue(values.get(VAR_REFUSES_TO_CONTINUE))
                    && !isTrue(values.get(VAR_NEW_OFFENCE_SUSPECTED))) {
                errors.add("Händelse", "Kryssa i vad som har hänt.");
            }
        }
    }

    private static void checkHours(Map<String, Object> values, FormErrors errors) {
        Object hours = values.get(VAR_SESSION_HOURS);
        if (!(hours instanceof Number n) || !wholeNumber(hours)) {
            errors.add("Utförda timmar vid passet", "Ange antal hela timmar.");
            return;
        }
        int remaining = intValue(values.get(VAR_YOUTH_SERVICE_HOURS), 0)
                - intValue(values.get(VAR_HOURS_DONE), 0);
        if (n.intValue() <= 0) {
            errors.add("Utförda timmar vid passet", "Antalet timmar måste vara större än 0.");
        } else if (n.intValue() > remaining) {
            errors.add("Utförda timmar vid passet", "Det återstår bara " + remaining + " timmar.");
        }
    }

    /** ConfirmYouthServiceCompleted: only when every hour is done, and confirmed explicitly. */
    static void confirmCompletion(Map<String, Object> values, FormErrors errors) {
        if (!isTrue(values.get(VAR_COMPLETION_CONFIRMED))) {
            errors.add("Bekräftelse", "Kryssa i bekräftelsen.");
        }
        if (intValue(values.get(VAR_HOURS_DONE), 0) < intValue(values.get(VAR_YOUTH_SERVICE_HOURS), 0)) {
            errors.add("Timmar", "Alla utdömda timmar är inte utförda.");
        }
        errors.notInFuture(values, VAR_COMPLETION_DATE, "Datum då ungdomstjänsten fullgjordes");
    }

    /** ContactYouth: the first contact has happened. */
    static void contactYouth(Map<String, Object> values, FormErrors errors) {
        errors.notInFuture(values, VAR_FIRST_CONTACT_DATE, "Datum för första kontakt");
    }

    /** ContactYouthAboutCare: the first contact about youth care has happened. */
    static void contactYouthAboutCare(Map<String, Object> values, FormErrors errors) {
        errors.requireText(values, VAR_CARE_FIRST_CONTACT_DATE, "Datum för första kontakt", "Ange datum för första kontakt.");
        errors.notInFuture(values, VAR_CARE_FIRST_CONTACT_DATE, "Datum för första kontakt");
        oneOf(values, errors, VAR_CARE_CONTACT_METHOD, "Hur togs kontakten?", "Välj hur kontakten togs.",
                Set.of("MOTE", "TELEFON", "HEMBESOK"));
    }

    /** RemindProsecutor: the prosecutor has been reminded, on a day not in the future. */
    static void remindProsecutor(Map<String, Object> values, FormErrors errors) {
        errors.requireText(values, VAR_PROSECUTOR_REMINDED_DATE, "Datum då åklagaren påmindes", "Ange när åklagaren påmindes.");
        errors.notInFuture(values, VAR_PROSECUTOR_REMINDED_DATE, "Datum då åklagaren påmindes");
        oneOf(values, errors, VAR_PROSECUTOR_REMINDED_HOW, "Hur påmindes åklagaren?", "Välj hur åklagaren påmindes.",
                Set.of("TELEFON", "BREV", "MEDDELANDE"));
    }

    /**
     * HandleMissingProsecutorResponse: either keep waiting, saying what was done, or record the
     * prosecutor's answer (VARNING or UNDANROJD) that came some other way.
     */
    static void handleMissingResponse(Map<String, Object> values, FormErrors errors) {
        Object action = values.get(VAR_MISSING_RESPONSE_ACTION);
        if (MISSING_RESPONSE_RECEIVED.equals(action)) {
            oneOf(values, errors, VAR_PROSECUTOR_RESPONSE, "Åklagarens svar", "Välj åklagarens svar.",
                    Set.of(RESPONSE_WARNING, RESPONSE_REPLACED));
        } else if (MISSING_RESPONSE_KEEP_WAITING.equals(action)) {
            errors.requireText(values, VAR_MISSING_RESPONSE_NOTE, "Vad har gjorts?",
                    "Beskriv kontakten med åklagaren.");
        } else {
            errors.add("Hur går vi vidare?", "Välj om vi väntar på svaret eller registrerar det.");
        }
    }

    /** RecordCourtDecision: the court's decision (replaced or not) and its day. */
    static void recordCourtDecision(Map<String, Object> values, FormErrors errors) {
        oneOf(values, errors, VAR_COURT_DECISION, "Vad beslutade tingsrätten?", "Välj tingsrättens beslut.",
                Set.of(COURT_REPLACED, COURT_NOT_REPLACED));
        errors.requireText(values, VAR_COURT_DECISION_DATE, "Datum för tingsrättens beslut", "Ange datum för beslutet.");
        errors.notInFuture(values, VAR_COURT_DECISION_DATE, "Datum för tingsrättens beslut");
    }

    /**
     * HandleMissingCourtDecision: the court's decision with its day, or no decision yet (then what
     * was done).
     */
    static void handleMissingCourtDecision(Map<String, Object> values, FormErrors errors) {
        Object decision = values.get(VAR_COURT_DECISION);
        oneOf(values, errors, VAR_COURT_DECISION, "Har tingsrätten beslutat?", "Välj om tingsrätten har beslutat.",
                Set.of(COURT_REPLACED, COURT_NOT_REPLACED, COURT_NO_DECISION_YET));
        if (COURT_NO_DECISION_YET.equals(decision)) {
            errors.requireText(values, VAR_COURT_DECISION_NOTE, "Vad har gjorts?", "Beskriv kontakten med tingsrätten.");
        } else if (decision != null) {
            errors.requireText(values, VAR_COURT_DECISION_DATE, "Datum för tingsrättens beslut", "Ange datum för beslutet.");
            errors.notInFuture(values, VAR_COURT_DECISION_DATE, "Datum för tingsrättens beslut");
        }
    }

    /** A choice that steers the process is one of its codes. */
    private static void oneOf(Map<String, Object> values, FormErrors errors, String key, String label, String message,
            Set<String> codes) {
        if (!(values.get(key) instanceof String s) || !codes.contains(s)) {
            errors.add(label, message);
        }
    }

    /** HoldWarningTalk: the talk has happened. */
    static void warningTalk(Map<String, Object> values, FormErrors errors) {
        errors.notInFuture(values, VAR_WARNING_TALK_DATE, "Datum för samtalet");
    }

    /** InformCaseworker: the caseworker has been told. */
    static void informCaseworker(Map<String, Object> values, FormErrors errors) {
        errors.notInFuture(values, VAR_CASEWORKER_INFORMED_DATE, "Datum då handläggaren informerades");
    }

    /** NotifyProsecutor: the notification has been sent. */
    static void notifyProsecutor(Map<String, Object> values, FormErrors errors) {
        errors.notInFuture(values, VAR_NOTIFICATION_DATE, "Datum för underrättelsen");
        if (values.get(VAR_NEGLECT_DESCRIPTION) instanceof String s && s.strip().length() < 10) {
            errors.add("Beskrivning av misskötsamheten", "Beskriv misskötsamheten med minst 10 tecken.");
        }
    }

    /** RegisterYouthContract: an end date after today and 1–10 items. */
    static void registerContract(Map<String, Object> values, FormErrors errors) {
        LocalDate end = FormValues.date(values.get(VAR_CONTRACT_END_DATE));
        if (end != null && !end.isAfter(EngineClock.today())) {
            errors.add("Kontraktet gäller till och med", "Slutdatumet måste ligga efter i dag.");
        }
        var items = new YouthCareContract().items(values.get(VAR_CONTRACT_ITEMS));
        if (items.isEmpty()) {
            errors.add("Kontraktets punkter", "Skriv minst en punkt.");
        } else if (items.size() > YouthCareContract.MAX_ITEMS) {
            errors.add("Kontraktets punkter", "Högst " + YouthCareContract.MAX_ITEMS + " punkter.");
        }
        for (String item : items) {
            if (item.length() > 200) {
                errors.add("Kontraktets punkter", "En punkt får vara högst 200 tecken.");
                break;
            }
        }
    }

    /** FollowUpContractItem: shortcomings are described and not reported as "followed". */
    static void followUpItem(Map<String, Object> values, FormErrors errors) {
        Object status = values.get(VAR_ITEM_STATUS);
        boolean problem = intValue(values.get(VAR_ITEM_MISSED), 0) > 0
                || isTrue(values.get(VAR_ITEM_REFUSES));
        if (ITEM_FOLLOWED.equals(status) && problem) {
            errors.add("Följer den unge punkten?", "Välj \"Nej, det finns brister\" när besök uteblivit eller den unge vägrar.");
        }
        errors.requireTextWhen(ITEM_NEGLECTED.equals(status), values, VAR_ITEM_NOTE, "Vårdgivarens bedömning",
                "Beskriv bristerna.");
        Object missed = values.get(VAR_ITEM_MISSED);
        if (missed != null && !wholeNumber(missed)) {
            errors.add("Uteblivna besök", "Ange ett helt antal.");
        }
    }

}
