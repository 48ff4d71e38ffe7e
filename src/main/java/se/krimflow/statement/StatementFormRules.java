package se.krimflow.statement;

import static se.krimflow.forms.FormValues.isTrue;

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
 * Cross-field rules of the statement's forms, beyond what their schemas declare, one check
 * per form. Messages in Swedish, no personal data.
 */
@FormRule
final class StatementFormRules implements FormRules {

    @Override
    public Map<String, FormCheck> checks() {
        return Map.of(
                StatementWriting.FORM_BOOK_MEETING, StatementFormRules::bookMeeting,
                StatementWriting.FORM_HOLD_MEETING, StatementFormRules::holdMeeting,
                StatementWriting.FORM_DRAFT, StatementFormRules::draft,
                StatementWriting.FORM_COMMUNICATE, StatementFormRules::communicate,
                StatementWriting.FORM_COMMENTS, StatementFormRules::comments,
                StatementWriting.FORM_DECISION, StatementFormRules::decision,
                StatementWriting.FORM_SEND, StatementFormRules::send,
                StatementWriting.FORM_REMINDER, StatementFormRules::reminder,
                StatementWriting.FORM_OVERDUE, StatementFormRules::overdue);
    }

    /**
     * The sections the draft must have are the decision's (StatementSectionsDelegate), not a field of
     * the form; an extension is checked against the last day that holds now.
     */
    @Override
    public Map<String, Set<String>> processVariablesRead() {
        return Map.of(StatementWriting.FORM_DRAFT, Set.of(StatementWriting.VAR_REQUIRED_SECTIONS),
                StatementWriting.FORM_REMINDER, Set.of(StatementWriting.VAR_DUE_DATE),
                StatementWriting.FORM_OVERDUE, Set.of(StatementWriting.VAR_DUE_DATE));
    }

    /** Booking: the day the youth was told of the suspicion is not in the future. */
    static void bookMeeting(Map<String, Object> values, FormErrors errors) {
        errors.notInFuture(values, StatementWriting.VAR_SUSPICION_NOTIFIED_ON, "Underrättad om misstanken");
    }

    /** Meeting: held not in the future; the need of care answered; LVU only with a need of care. */
    static void holdMeeting(Map<String, Object> values, FormErrors errors) {
        errors.notInFuture(values, StatementWriting.VAR_MEETING_HELD_ON, "Mötet hölls");
        errors.requireBoolean(values, StatementWriting.VAR_SPECIAL_CARE_NEED, "Särskilt vårdbehov");
        errors.requireBoolean(values, StatementWriting.VAR_CARE_UNDER_LVU, "Vård enligt LVU");
        if (isTrue(values.get(StatementWriting.VAR_CARE_UNDER_LVU))
                && !isTrue(values.get(StatementWriting.VAR_SPECIAL_CARE_NEED))) {
            errors.add("Vård enligt LVU", "Vård enligt LVU förutsätter ett särskilt vårdbehov.");
        }
    }

    /** Draft: every field of every section the decision requires is filled in. */
    static void draft(Map<String, Object> values, FormErrors errors) {
        for (StatementSection section : StatementSection.parse(values.get(StatementWriting.VAR_REQUIRED_SECTIONS))) {
            for (String field : section.fields()) {
                if (FormValues.blank(values.get(field))) {
                    errors.add(section.heading(), "Delen ska finnas i yttrandet: fyll i alla uppgifter.");
                    break;
                }
            }
        }
    }

    /** Communication: the draft was sent or handed over no later than today. */
    static void communicate(Map<String, Object> values, FormErrors errors) {
        errors.notInFuture(values, StatementWriting.VAR_COMMUNICATED_ON, "Kommunicerat den");
    }

    /** Comments: when comments came in, they are recorded. */
    static void comments(Map<String, Object> values, FormErrors errors) {
        errors.requireTextWhen(
                StatementWriting.COMMENTS_RECEIVED_YES.equals(values.get(StatementWriting.VAR_COMMENTS_RECEIVED)),
                values, StatementWriting.VAR_COMMENTS, "Synpunkter", "Skriv in synpunkterna som kom in.");
    }

    /** Decision: a returned draft carries a comment to the writer. */
    static void decision(Map<String, Object> values, FormErrors errors) {
        errors.requireTextWhen(StatementWriting.DECISION_RETURN.equals(values.get(StatementWriting.VAR_DECISION)),
                values, StatementWriting.VAR_RETURN_COMMENT, "Kommentar till handläggaren",
                "Skriv vad som ska ändras.");
    }

    /** Sending: confirmed, on days not in the future. */
    static void send(Map<String, Object> values, FormErrors errors) {
        if (!isTrue(values.get(StatementWriting.VAR_SENT_CONFIRMED))) {
            errors.add("Yttrandet är skickat", "Bekräfta att yttrandet har skickats.");
        }
        errors.notInFuture(values, StatementWriting.VAR_SENT_TO_PROSECUTOR_ON, "Skickat till åklagaren");
        errors.notInFuture(values, StatementWriting.VAR_SENT_TO_FAMILY_ON, "Skickat till den unge och vårdnadshavarna");
    }

    /** Reminder: on time, or an extension with its new day, or a withdrawal with its reason. */
    static void reminder(Map<String, Object> values, FormErrors errors) {
        extensionOrWithdrawal(values, errors, values.get(StatementWriting.VAR_DEADLINE_ANSWER));
    }

    /** Overdue: as the reminder, for the unit manager's choice. */
    static void overdue(Map<String, Object> values, FormErrors errors) {
        extensionOrWithdrawal(values, errors, values.get(StatementWriting.VAR_OVERDUE_ACTION));
    }

    /**
     * An extension needs a new last day after the one that holds now and not before today; a
     * withdrawal needs its reason.
     */
    private static void extensionOrWithdrawal(Map<String, Object> values, FormErrors errors, Object choice) {
        if (StatementWriting.EXTENDED.equals(choice)) {
            Object given = values.get(StatementWriting.VAR_EXTENDED_DUE_DATE);
            LocalDate day = FormValues.date(given);
            LocalDate current = FormValues.date(values.get(StatementWriting.VAR_DUE_DATE));
            if (FormValues.blank(given)) {
                errors.add(NEW_DUE_DATE, "Ange den nya sista dagen.");
            } else if (day == null) {
                errors.add(NEW_DUE_DATE, FormErrors.INVALID_DATE);
            } else if (current != null && !day.isAfter(current)) {
                errors.add(NEW_DUE_DATE, "Den nya sista dagen ska ligga efter " + current + ".");
            } else if (day.isBefore(EngineClock.today())) {
                errors.add(NEW_DUE_DATE, "Den nya sista dagen får inte ligga i det förflutna.");
            }
        }
        errors.requireTextWhen(StatementWriting.WITHDRAWN.equals(choice), values,
                StatementWriting.VAR_WITHDRAWN_REASON, "Skäl till återkallelsen", "Skriv varför begäran återkallades.");
    }

    private static final String NEW_DUE_DATE = "Ny sista dag";

}
