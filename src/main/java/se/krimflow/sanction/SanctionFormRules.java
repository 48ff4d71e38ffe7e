package se.krimflow.sanction;

import static se.krimflow.sanction.SanctionFollowUp.*;

import java.time.LocalDate;
import java.util.Map;

import se.krimflow.deadline.WorkingDays;
import se.krimflow.forms.FormErrors;
import se.krimflow.forms.FormRules;

/**
 * Server-side rules of the SanctionFollowUp forms beyond their schema (registered in
 * {@code META-INF/services/se.krimflow.forms.FormRules}). Field names in messages are the forms'
 * Swedish labels.
 */
public final class SanctionFormRules {

    static LocalDate today() {
        return LocalDate.now(WorkingDays.ZONE);
    }

    static void notInFuture(Map<String, Object> values, String key, String label, FormErrors errors) {
        LocalDate date = Values.date(values.get(key));
        if (date != null && date.isAfter(today())) {
            errors.add(label, "Datumet får inte ligga i framtiden.");
        }
    }

    static boolean wholeNumber(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short
                || (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()));
    }

    /** RegisterYouthServiceSession: what a session needs depends on attendance; hours within what is left. */
    public static final class RegisterSession implements FormRules {
        @Override
        public String formId() {
            return FORM_REGISTER_SESSION;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            Object type = values.get(VAR_REGISTRATION_TYPE);
            if (REGISTRATION_SESSION.equals(type)) {
                if (Values.isBlank(values.get(VAR_SESSION_DATE))) {
                    errors.add("Datum för passet", "Ange datum för passet.");
                } else {
                    notInFuture(values, VAR_SESSION_DATE, "Datum för passet", errors);
                }
                Object attendance = values.get(VAR_ATTENDANCE);
                if (ATTENDANCE_PRESENT.equals(attendance)) {
                    checkHours(values, errors);
                } else if (ATTENDANCE_ABSENT.equals(attendance)) {
                    if (Values.isBlank(values.get(VAR_ABSENCE_REASON))) {
                        errors.add("Orsak till frånvaron", "Ange varför den unge inte kom.");
                    }
                } else {
                    errors.add("Närvaro", "Ange om den unge var närvarande eller frånvarande.");
                }
            } else if (REGISTRATION_EVENT.equals(type)) {
                if (!Values.isTrue(values.get(VAR_REFUSES_TO_CONTINUE))
                        && !Values.isTrue(values.get(VAR_NEW_OFFENCE_SUSPECTED))) {
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
            int remaining = Values.intValue(values.get(VAR_YOUTH_SERVICE_HOURS), 0)
                    - Values.intValue(values.get(VAR_HOURS_DONE), 0);
            if (n.intValue() <= 0) {
                errors.add("Utförda timmar vid passet", "Antalet timmar måste vara större än 0.");
            } else if (n.intValue() > remaining) {
                errors.add("Utförda timmar vid passet", "Det återstår bara " + remaining + " timmar.");
            }
        }
    }

    /** ConfirmYouthServiceCompleted: only when every hour is done, and confirmed explicitly. */
    public static final class ConfirmCompletion implements FormRules {
        @Override
        public String formId() {
            return FORM_CONFIRM_COMPLETION;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            if (!Values.isTrue(values.get(VAR_COMPLETION_CONFIRMED))) {
                errors.add("Bekräftelse", "Kryssa i bekräftelsen.");
            }
            if (Values.intValue(values.get(VAR_HOURS_DONE), 0) < Values.intValue(values.get(VAR_YOUTH_SERVICE_HOURS), 0)) {
                errors.add("Timmar", "Alla utdömda timmar är inte utförda.");
            }
            notInFuture(values, VAR_COMPLETION_DATE, "Datum då ungdomstjänsten fullgjordes", errors);
        }
    }

    /** ContactYouth: the first contact has happened. */
    public static final class ContactYouth implements FormRules {
        @Override
        public String formId() {
            return FORM_CONTACT_YOUTH;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            notInFuture(values, VAR_FIRST_CONTACT_DATE, "Datum för första kontakt", errors);
        }
    }

    /** HoldWarningTalk: the talk has happened. */
    public static final class WarningTalk implements FormRules {
        @Override
        public String formId() {
            return FORM_WARNING_TALK;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            notInFuture(values, "warningTalkDate", "Datum för samtalet", errors);
        }
    }

    /** InformCaseworker: the caseworker has been told. */
    public static final class InformCaseworker implements FormRules {
        @Override
        public String formId() {
            return FORM_INFORM_CASEWORKER;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            notInFuture(values, "caseworkerInformedDate", "Datum då handläggaren informerades", errors);
        }
    }

    /** NotifyProsecutor: the notification has been sent. */
    public static final class NotifyProsecutor implements FormRules {
        @Override
        public String formId() {
            return FORM_NOTIFY_PROSECUTOR;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            notInFuture(values, VAR_NOTIFICATION_DATE, "Datum för underrättelsen", errors);
            if (values.get(VAR_NEGLECT_DESCRIPTION) instanceof String s && s.strip().length() < 10) {
                errors.add("Beskrivning av misskötsamheten", "Beskriv misskötsamheten med minst 10 tecken.");
            }
        }
    }

    /** RegisterYouthContract: an end date after today and 1–10 items. */
    public static final class RegisterContract implements FormRules {
        @Override
        public String formId() {
            return FORM_REGISTER_CONTRACT;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            LocalDate end = Values.date(values.get(VAR_CONTRACT_END_DATE));
            if (end != null && !end.isAfter(today())) {
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
    }

    /** FollowUpContractItem: shortcomings are described and not reported as "followed". */
    public static final class FollowUpItem implements FormRules {
        @Override
        public String formId() {
            return FORM_FOLLOW_UP_ITEM;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            Object status = values.get(VAR_ITEM_STATUS);
            boolean problem = Values.intValue(values.get(VAR_ITEM_MISSED), 0) > 0
                    || Values.isTrue(values.get(VAR_ITEM_REFUSES));
            if (ITEM_FOLLOWED.equals(status) && problem) {
                errors.add("Följer den unge punkten?", "Välj \"Nej, det finns brister\" när besök uteblivit eller den unge vägrar.");
            }
            if (ITEM_NEGLECTED.equals(status) && Values.isBlank(values.get("itemNote"))) {
                errors.add("Vårdgivarens bedömning", "Beskriv bristerna.");
            }
            Object missed = values.get(VAR_ITEM_MISSED);
            if (missed != null && !wholeNumber(missed)) {
                errors.add("Uteblivna besök", "Ange ett helt antal.");
            }
        }
    }

    private SanctionFormRules() {
    }
}
