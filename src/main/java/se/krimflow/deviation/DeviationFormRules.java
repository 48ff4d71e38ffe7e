package se.krimflow.deviation;

import static se.krimflow.deviation.DeviationHandling.*;

import java.util.Map;

import se.krimflow.deviation.DeviationHandling.Category;
import se.krimflow.deviation.DeviationHandling.Track;
import se.krimflow.forms.FormErrors;
import se.krimflow.forms.FormRule;
import se.krimflow.forms.FormRules;
import se.krimflow.forms.FormValues;

/**
 * Server-side rules of the deviation forms beyond their schema; each nested class is the rule bean
 * of one form. The start form has none: {@link DeviationIntakeListener} checks every start. Stateless.
 */
final class DeviationFormRules {

    /** Triage: track and category are codes of the contract; a collaboration track names the organisation. */
    @FormRule
    static final class TriageRules implements FormRules {
        @Override
        public String formId() {
            return FORM_TRIAGE;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
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
    }

    /** Collaboration forms hold no client identities: their free text may not carry a personnummer. */
    abstract static class NoClientIdentity implements FormRules {
        private final String formId;
        private final Map<String, String> fields;

        NoClientIdentity(String formId, Map<String, String> fields) {
            this.formId = formId;
            this.fields = fields;
        }

        @Override
        public String formId() {
            return formId;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            fields.forEach((key, label) -> {
                if (ClientIdentity.looksLikePersonnummer(values.get(key))) {
                    errors.add(label, ClientIdentity.MESSAGE);
                }
            });
        }
    }

    @FormRule
    static final class SendToOrganisationRules extends NoClientIdentity {
        SendToOrganisationRules() {
            super(FORM_SEND_TO_ORGANISATION, Map.of(SENT_TO_ORGANISATION_NOTE, "Vad som skickades"));
        }
    }

    @FormRule
    static final class OrganisationAnswerRules extends NoClientIdentity {
        OrganisationAnswerRules() {
            super(FORM_ORGANISATION_ANSWER, Map.of(ORGANISATION_ANSWER, "Organisationens svar"));
        }
    }

    @FormRule
    static final class ReporterFeedbackRules extends NoClientIdentity {
        ReporterFeedbackRules() {
            super(FORM_REPORTER_FEEDBACK, Map.of(FEEDBACK_TO_REPORTER, "Återkoppling"));
        }
    }

    @FormRule
    static final class AgreeActionsRules extends NoClientIdentity {
        AgreeActionsRules() {
            super(FORM_AGREE_ACTIONS, Map.of(AGREED_ACTIONS, "Överenskomna åtgärder"));
        }
    }

    @FormRule
    static final class JointForumRules extends NoClientIdentity {
        JointForumRules() {
            super(FORM_JOINT_FORUM, Map.of(JOINT_FORUM_ITEM, "Underlag till samverkansforum"));
        }
    }

    @FormRule
    static final class OverdueFeedbackRules extends NoClientIdentity {
        OverdueFeedbackRules() {
            super(FORM_OVERDUE_FEEDBACK, Map.of(OVERDUE_NOTE, "Åtgärd"));
        }
    }

    private DeviationFormRules() {
    }
}
