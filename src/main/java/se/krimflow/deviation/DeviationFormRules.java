package se.krimflow.deviation;

import java.util.Map;

import se.krimflow.deviation.DeviationHandling.Category;
import se.krimflow.deviation.DeviationHandling.Track;
import se.krimflow.forms.FormErrors;
import se.krimflow.forms.FormRules;

/**
 * Server-side rules of the deviation forms beyond their schema, registered in
 * {@code META-INF/services/se.krimflow.forms.FormRules}. Stateless.
 */
public final class DeviationFormRules {

    /** The start form "Rapportera avvikelse": the same validation as {@code POST /api/deviations}. */
    public static final class ReportDeviationRules implements FormRules {
        private final DeviationReportValidator validator = new DeviationReportValidator();

        @Override
        public String formId() {
            return DeviationHandling.START_FORM;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            validator.validate(values).forEach((field, message) ->
                    errors.add(DeviationReportValidator.LABELS.getOrDefault(field, field), message));
        }
    }

    /** Triage: track and category are codes of the contract; a collaboration track names the organisation. */
    public static final class TriageRules implements FormRules {
        @Override
        public String formId() {
            return "DeviationTriage";
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            Object track = values.get(DeviationHandling.TRACK);
            if (!DeviationHandling.isCode(Track.class, track)) {
                errors.add("Spår", "Välj ett av spåren.");
            }
            if (!DeviationHandling.isCode(Category.class, values.get(DeviationHandling.CATEGORY))) {
                errors.add("Kategori", "Välj en av kategorierna.");
            }
            Object organisation = values.get(DeviationHandling.ORGANISATION);
            boolean blank = !(organisation instanceof String s) || s.isBlank();
            if (Track.SAMVERKAN.name().equals(track) && blank) {
                errors.add("Organisation", "En samverkansavvikelse måste ange den andra organisationen.");
            }
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

    public static final class SendToOrganisationRules extends NoClientIdentity {
        public SendToOrganisationRules() {
            super("DeviationSendToOrganisation", Map.of("sentToOrganisationNote", "Vad som skickades"));
        }
    }

    public static final class OrganisationAnswerRules extends NoClientIdentity {
        public OrganisationAnswerRules() {
            super("DeviationOrganisationAnswer", Map.of("organisationAnswer", "Organisationens svar"));
        }
    }

    public static final class ReporterFeedbackRules extends NoClientIdentity {
        public ReporterFeedbackRules() {
            super("DeviationReporterFeedback", Map.of(DeviationHandling.FEEDBACK_TO_REPORTER, "Återkoppling"));
        }
    }

    public static final class AgreeActionsRules extends NoClientIdentity {
        public AgreeActionsRules() {
            super("DeviationAgreeActions", Map.of("agreedActions", "Överenskomna åtgärder"));
        }
    }

    public static final class JointForumRules extends NoClientIdentity {
        public JointForumRules() {
            super("DeviationJointForumItem", Map.of("jointForumItem", "Underlag till samverkansforum"));
        }
    }

    public static final class OverdueFeedbackRules extends NoClientIdentity {
        public OverdueFeedbackRules() {
            super("DeviationOverdueFeedback", Map.of("overdueNote", "Åtgärd"));
        }
    }

    private DeviationFormRules() {
    }
}
