package se.krimflow.statement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import se.krimflow.forms.FormErrors;
import se.krimflow.forms.FormRules;

/**
 * Cross-field rules of the statement's forms, beyond what their schemas declare. Registered in
 * {@code META-INF/services/se.krimflow.forms.FormRules}. Messages in Swedish, no personal data.
 */
public final class StatementFormRules {

    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private StatementFormRules() {
    }

    /** Booking: the day the youth was told of the suspicion is not in the future. */
    public static final class BookMeeting implements FormRules {
        @Override
        public String formId() {
            return StatementWriting.FORM_BOOK_MEETING;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            notInFuture(values, StatementWriting.VAR_SUSPICION_NOTIFIED_ON, "Underrättad om misstanken", errors);
        }
    }

    /** Meeting: held not in the future; the need of care answered; LVU only with a need of care. */
    public static final class HoldMeeting implements FormRules {
        @Override
        public String formId() {
            return StatementWriting.FORM_HOLD_MEETING;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            notInFuture(values, StatementWriting.VAR_MEETING_HELD_ON, "Mötet hölls", errors);
            Object care = values.get(StatementWriting.VAR_SPECIAL_CARE_NEED);
            Object lvu = values.get(StatementWriting.VAR_CARE_UNDER_LVU);
            if (!(care instanceof Boolean)) {
                errors.add("Särskilt vårdbehov", "Ange ja eller nej.");
            }
            if (!(lvu instanceof Boolean)) {
                errors.add("Vård enligt LVU", "Ange ja eller nej.");
            }
            if (Boolean.TRUE.equals(lvu) && !Boolean.TRUE.equals(care)) {
                errors.add("Vård enligt LVU", "Vård enligt LVU förutsätter ett särskilt vårdbehov.");
            }
        }
    }

    /** Draft: every field of every section the decision requires is filled in. */
    public static final class Draft implements FormRules {
        @Override
        public String formId() {
            return StatementWriting.FORM_DRAFT;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            for (StatementSection section : StatementSection.parse(values.get(StatementWriting.VAR_REQUIRED_SECTIONS))) {
                for (String field : section.fields()) {
                    if (blank(values.get(field))) {
                        errors.add(section.heading(), "Delen ska finnas i yttrandet: fyll i alla uppgifter.");
                        break;
                    }
                }
            }
        }
    }

    /** Communication: the draft was sent or handed over no later than today. */
    public static final class Communicate implements FormRules {
        @Override
        public String formId() {
            return StatementWriting.FORM_COMMUNICATE;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            notInFuture(values, StatementWriting.VAR_COMMUNICATED_ON, "Kommunicerat den", errors);
        }
    }

    /** Comments: when comments came in, they are recorded. */
    public static final class Comments implements FormRules {
        @Override
        public String formId() {
            return StatementWriting.FORM_COMMENTS;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            if ("JA".equals(values.get(StatementWriting.VAR_COMMENTS_RECEIVED))
                    && blank(values.get(StatementWriting.VAR_COMMENTS))) {
                errors.add("Synpunkter", "Skriv in synpunkterna som kom in.");
            }
        }
    }

    /** Decision: a returned draft carries a comment to the writer. */
    public static final class Decision implements FormRules {
        @Override
        public String formId() {
            return StatementWriting.FORM_DECISION;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            if (StatementWriting.DECISION_RETURN.equals(values.get(StatementWriting.VAR_DECISION))
                    && blank(values.get(StatementWriting.VAR_RETURN_COMMENT))) {
                errors.add("Kommentar till handläggaren", "Skriv vad som ska ändras.");
            }
        }
    }

    /** Sending: confirmed. */
    public static final class Send implements FormRules {
        @Override
        public String formId() {
            return StatementWriting.FORM_SEND;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            if (!Boolean.TRUE.equals(values.get(StatementWriting.VAR_SENT_CONFIRMED))) {
                errors.add("Yttrandet är skickat", "Bekräfta att yttrandet har skickats.");
            }
        }
    }

    /** Reminder: read. */
    public static final class Reminder implements FormRules {
        @Override
        public String formId() {
            return StatementWriting.FORM_REMINDER;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            if (!Boolean.TRUE.equals(values.get(StatementWriting.VAR_REMINDER_READ))) {
                errors.add("Påminnelsen är läst", "Bekräfta att du har läst påminnelsen.");
            }
        }
    }

    static boolean blank(Object value) {
        return value == null || String.valueOf(value).isBlank();
    }

    static void notInFuture(Map<String, Object> values, String key, String label, FormErrors errors) {
        Object value = values.get(key);
        if (blank(value)) {
            return;
        }
        LocalDate day;
        try {
            day = value instanceof Date d ? LocalDate.ofInstant(d.toInstant(), ZONE)
                    : LocalDate.parse(String.valueOf(value).substring(0, Math.min(10, String.valueOf(value).length())));
        } catch (DateTimeParseException e) {
            errors.add(label, "Ange ett giltigt datum.");
            return;
        }
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
        if (day.isAfter(today)) {
            errors.add(label, "Datumet får inte ligga i framtiden.");
        }
    }
}
