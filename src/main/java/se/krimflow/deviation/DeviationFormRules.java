package se.krimflow.deviation;

import static se.krimflow.deviation.DeviationHandling.*;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import se.krimflow.deviation.DeviationHandling.Category;
import se.krimflow.deviation.DeviationHandling.OverdueDecision;
import se.krimflow.deviation.DeviationHandling.Track;
import se.krimflow.deviation.DeviationHandling.TriageOutcome;
import se.krimflow.forms.FormCheck;
import se.krimflow.forms.FormErrors;
import se.krimflow.forms.FormRule;
import se.krimflow.forms.FormRules;
import se.krimflow.forms.FormValues;

/**
 * Server-side rules of the deviation forms beyond their schema. The start form has none:
 * {@link DeviationIntakeListener} checks every start. Stateless.
 */
@FormRule
final class DeviationFormRules implements FormRules {

    static final String DUPLICATE_LABEL = "Dubblett av avvikelse nummer";
    static final String REASON_LABEL = "Skäl";
    static final String IVO_SENT_LABEL = "Anmälan skickades till IVO";
    static final String IVO_REFERENCE_LABEL = "IVO:s diarienummer";
    static final String FEEDBACK_LABEL = "Återkoppling till rapportören";
    /** IVO's diarienummer as written on its confirmation, e.g. {@code 3.5.1-12345/2026}: digits and separators. */
    static final Pattern IVO_REFERENCE_FORMAT = Pattern.compile("[0-9A-Za-zÅÄÖåäö][0-9A-Za-zÅÄÖåäö .:/-]{2,49}");

    @Override
    public Map<String, FormCheck> checks() {
        return Map.of(
                FORM_TRIAGE, DeviationFormRules::triage,
                FORM_SEND_TO_ORGANISATION, noClientIdentity(SENT_TO_ORGANISATION_NOTE, "Vad som skickades"),
                FORM_ORGANISATION_ANSWER, noClientIdentity(ORGANISATION_ANSWER, "Organisationens svar"),
                FORM_REPORTER_FEEDBACK, noClientIdentity(FEEDBACK_TO_REPORTER, "Återkoppling"),
                FORM_AGREE_ACTIONS, noClientIdentity(AGREED_ACTIONS, "Överenskomna åtgärder"),
                FORM_JOINT_FORUM, noClientIdentity(JOINT_FORUM_ITEM, "Underlag till samverkansforum"),
                FORM_OVERDUE_FEEDBACK, DeviationFormRules::overdueFeedback,
                FORM_IVO_NOTICE, DeviationFormRules::ivoNotice,
                FORM_REASSESSMENT, (values, errors) -> errors.requireBoolean(values, SERIOUS_AFTER_INVESTIGATION,
                        "Missförhållandet är allvarligt enligt utredningen"));
    }

    /** The overdue feedback asks whether the organisation answered; the IVO notice compares with the report's day. */
    @Override
    public Map<String, Set<String>> processVariablesRead() {
        return Map.of(FORM_OVERDUE_FEEDBACK, Set.of(ORGANISATION_ANSWER), FORM_IVO_NOTICE, Set.of(REPORTED_AT));
    }

    /**
     * Triage: a report that is no deviation or a duplicate ends with its reason (a duplicate names
     * the other deviation's number); a deviation has a track and category of the contract, and a
     * collaboration track names the organisation.
     */
    static void triage(Map<String, Object> values, FormErrors errors) {
        Object outcome = values.get(TRIAGE_OUTCOME);
        if (!FormValues.blank(outcome) && !DeviationHandling.isCode(TriageOutcome.class, outcome)) {
            errors.add("Är det en ny avvikelse?", "Välj ett av alternativen.");
        }
        boolean dismissed = !FormValues.blank(outcome) && !TriageOutcome.counted((String) outcome);
        errors.requireTextWhen(dismissed, values, TRIAGE_REASON, REASON_LABEL,
                "Skriv varför rapporten inte hanteras som en ny avvikelse.");
        if (ClientIdentity.looksLikePersonnummer(values.get(TRIAGE_REASON))) {
            errors.add(REASON_LABEL, ClientIdentity.MESSAGE);
        }
        if (TriageOutcome.DUBBLETT.name().equals(outcome)) {
            Object other = values.get(DUPLICATE_OF);
            if (FormValues.blank(other)) {
                errors.add(DUPLICATE_LABEL, "Ange numret på avvikelsen som redan är rapporterad.");
            } else if (!DeviationNumbers.looksLikeNumber(other)) {
                errors.add(DUPLICATE_LABEL, "Ange ett avvikelsenummer som AVV-2026-000012.");
            } else if (((String) other).strip().equals(values.get(DEVIATION_NUMBER))) {
                errors.add(DUPLICATE_LABEL, "En avvikelse kan inte vara en dubblett av sig själv.");
            }
        }

        Object track = values.get(TRACK);
        if (!DeviationHandling.isCode(Track.class, track)) {
            errors.add("Spår", "Välj ett av spåren.");
        }
        if (!DeviationHandling.isCode(Category.class, values.get(CATEGORY))) {
            errors.add("Kategori", "Välj en av kategorierna.");
        }
        Object organisation = values.get(ORGANISATION);
        boolean blank = !(organisation instanceof String) || FormValues.blank(organisation);
        errors.requireTextWhen(!dismissed && Track.SAMVERKAN.name().equals(track), values, ORGANISATION,
                "Organisation", "En samverkansavvikelse måste ange den andra organisationen.");
        if (!blank && ((String) organisation).strip().length() > DeviationReportValidator.ORGANISATION_MAX) {
            errors.add("Organisation", "Skriv högst " + DeviationReportValidator.ORGANISATION_MAX + " tecken.");
        }
        if (ClientIdentity.looksLikePersonnummer(organisation)) {
            errors.add("Organisation", ClientIdentity.MESSAGE);
        }
    }

    /** The notice to IVO: the day it was sent (not in the future, not before the report) and IVO's diarienummer. */
    static void ivoNotice(Map<String, Object> values, FormErrors errors) {
        errors.notInFuture(values, IVO_NOTICE_SENT_ON, IVO_SENT_LABEL);
        LocalDate sent = FormValues.date(values.get(IVO_NOTICE_SENT_ON));
        LocalDate reported = FormValues.date(values.get(REPORTED_AT));
        if (sent != null && reported != null && sent.isBefore(reported)) {
            errors.add(IVO_SENT_LABEL, "Datumet kan inte ligga före rapporten om missförhållandet.");
        }
        Object reference = values.get(IVO_REFERENCE);
        if (FormValues.blank(reference)) {
            return; // required by the form's schema
        }
        if (ClientIdentity.looksLikePersonnummer(reference)) {
            errors.add(IVO_REFERENCE_LABEL, ClientIdentity.MESSAGE);
        } else if (!(reference instanceof String r) || !IVO_REFERENCE_FORMAT.matcher(r.strip()).matches()
                || r.chars().noneMatch(Character::isDigit)) {
            errors.add(IVO_REFERENCE_LABEL, "Ange diarienumret som det står i IVO:s bekräftelse, t.ex. 3.5.1-12345/2026.");
        }
        if (ClientIdentity.looksLikePersonnummer(values.get(IVO_NOTICE_DRAFT))) {
            errors.add("Sammanfattning av anmälan", ClientIdentity.MESSAGE);
        }
    }

    /**
     * Feedback overdue: remind and wait, or close the feedback loop without the other organisation's
     * answer; closing gives the reporter feedback, and is for an organisation that has not answered.
     */
    static void overdueFeedback(Map<String, Object> values, FormErrors errors) {
        if (ClientIdentity.looksLikePersonnummer(values.get(OVERDUE_NOTE))) {
            errors.add("Åtgärd eller skäl", ClientIdentity.MESSAGE);
        }
        Object decision = values.get(OVERDUE_DECISION);
        if (!FormValues.blank(decision) && !DeviationHandling.isCode(OverdueDecision.class, decision)) {
            errors.add("Vad gör du?", "Välj ett av alternativen.");
        }
        if (OverdueDecision.AVSLUTA_UTAN_SVAR.name().equals(decision)) {
            if (!FormValues.blank(values.get(ORGANISATION_ANSWER))) {
                errors.add("Vad gör du?", "Organisationen har redan svarat: ge återkopplingen i uppgiften "
                        + "\u201dGe återkoppling till rapportören\u201d.");
            }
            errors.requireText(values, FEEDBACK_TO_REPORTER, FEEDBACK_LABEL,
                    "Skriv vad rapportören får veta, också att organisationen inte har svarat.");
            if (ClientIdentity.looksLikePersonnummer(values.get(FEEDBACK_TO_REPORTER))) {
                errors.add(FEEDBACK_LABEL, ClientIdentity.MESSAGE);
            }
        }
    }

    /** Collaboration forms hold no client identities: their free text may not carry a personnummer. */
    static FormCheck noClientIdentity(String key, String label) {
        return (values, errors) -> {
            if (ClientIdentity.looksLikePersonnummer(values.get(key))) {
                errors.add(label, ClientIdentity.MESSAGE);
            }
        };
    }
}
