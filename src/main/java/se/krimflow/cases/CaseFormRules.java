package se.krimflow.cases;

import static se.krimflow.cases.YouthCrimeCase.*;
import static se.krimflow.forms.FormValues.isTrue;

import java.util.Map;
import java.util.Set;

import se.krimflow.forms.FormCheck;
import se.krimflow.forms.FormErrors;
import se.krimflow.forms.FormRule;
import se.krimflow.forms.FormRules;

/** The case's own forms beyond their schema: the concern report's protection assessment and caseworker task. */
@FormRule
final class CaseFormRules implements FormRules {

    @Override
    public Map<String, FormCheck> checks() {
        return Map.of(
                FORM_PROTECTION_ASSESSMENT, CaseFormRules::protectionAssessment,
                FORM_TAKE_INTO_INVESTIGATION, CaseFormRules::takeIntoInvestigation);
    }

    /** Whether the youth was gripen comes from the intake, not from the protection assessment's form. */
    @Override
    public Map<String, Set<String>> processVariablesRead() {
        return Map.of(FORM_PROTECTION_ASSESSMENT, Set.of(VAR_ARRESTED));
    }

    /** Protection: answered; a youth who is gripen gets an answer on LVU 6 § too. */
    static void protectionAssessment(Map<String, Object> values, FormErrors errors) {
        errors.requireBoolean(values, VAR_PROTECTION_NEEDED, "Den unge behöver skydd omedelbart");
        if (isTrue(values.get(VAR_ARRESTED))) {
            errors.requireBoolean(values, VAR_LVU_IMMEDIATE_CARE_NEEDED,
                    "Omedelbart omhändertagande enligt LVU 6 § behöver övervägas");
        }
    }

    /** The caseworker's task is done only when the notification is in the investigation. */
    static void takeIntoInvestigation(Map<String, Object> values, FormErrors errors) {
        if (!isTrue(values.get(VAR_NOTIFICATION_ADDED_TO_INVESTIGATION))) {
            errors.add("Underrättelsen finns nu i den pågående utredningen",
                    "Ta in underrättelsen i utredningen innan uppgiften avslutas.");
        }
    }
}
