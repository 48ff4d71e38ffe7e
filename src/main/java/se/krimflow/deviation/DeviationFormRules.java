package se.krimflow.deviation;

import static se.krimflow.deviation.DeviationHandling.*;

import java.util.Map;

import se.krimflow.deviation.DeviationHandling.Category;
import se.krimflow.deviation.DeviationHandling.Track;
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

    @Override
    public Map<String, FormCheck> checks() {
        return Map.of(
                FORM_TRIAGE, DeviationFormRules::triage,
                FORM_SEND_TO_ORGANISATION, noClientIdentity(SENT_TO_ORGANISATION_NOTE, "Vad som skickades"),
                FORM_ORGANISATION_ANSWER, noClientIdentity(ORGANISATION_ANSWER, "Organisationens svar"),
                FORM_REPORTER_FEEDBACK, noClientIdentity(FEEDBACK_TO_REPORTER, "Återkoppling"),
                FORM_AGREE_ACTIONS, noClientIdentity(AGREED_ACTIONS, "Överenskomna åtgärder"),
                FORM_JOINT_FORUM, noClientIdentity(JOINT_FORUM_ITEM, "Underlag till samverkansforum"),
                FORM_OVERDUE_FEEDBACK, noClientIdentity(OVERDUE_NOTE, "Åtgärd"));
    }

    /** Triage: track and category are codes of the contract; a collaboration track names the organisation. */
    static void triage(Map<String, Object> values, FormErrors errors) {
        Object track = values.get(TRACK);
        if (!DeviationHandling.isCode(Track.class, track)) {
            errors.add("Spår", "Välj ett av spåren.");
        }
        if (!DeviationHandling.isCode(Category.class, values.get(CATEGORY))) {
            errors.add("Kategori", "Välj en av kategorierna.");
        }
        Object organisation = values.get(ORGANISATION);
        boolean blank = !(organisation instanceof String) || FormValues.blank(organisation);
        errors.requireTextWhen(Track.SAMVERKAN.name().equals(track), values, ORGANISATION, "Organisation",
                "En samverkansavvikelse måste ange den andra organisationen.");
        if (!blank && ((String) organisation).strip().length() > DeviationReportValidator.ORGANISATION_MAX) {
            errors.add("Organisation", "Skriv högst " + DeviationReportValidator.ORGANISATION_MAX + " tecken.");
        }
        if (ClientIdentity.looksLikePersonnummer(organisation)) {
            errors.add("Organisation", ClientIdentity.MESSAGE);
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
