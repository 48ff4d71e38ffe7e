package se.krimflow.mediation;

import static se.krimflow.forms.FormValues.isTrue;
import static se.krimflow.mediation.MediationOffer.*;

import java.util.Map;
import java.util.Set;

import se.krimflow.forms.FormCheck;
import se.krimflow.forms.FormErrors;
import se.krimflow.forms.FormRule;
import se.krimflow.forms.FormRules;

/**
 * Cross-field rules of the mediation forms, checked on the server when a task is completed (see
 * {@code se.krimflow.forms.FormValidationPlugin}). The values seen are the task's variables
 * after the submission, so process variables such as {@code offenderAge} are there too.
 * Checkboxes that steer a gateway must be answered (true or false), never missing.
 */
@FormRule
final class MediationFormRules implements FormRules {

    @Override
    public Map<String, FormCheck> checks() {
        return Map.of(
                FORM_INFORM_YOUTH, MediationFormRules::informYouth,
                FORM_REFER, MediationFormRules::refer,
                FORM_CONSULT, MediationFormRules::consult,
                FORM_PREPARE, MediationFormRules::prepare,
                FORM_MEETING, MediationFormRules::meeting,
                FORM_FOLLOW_UP, MediationFormRules::followUp,
                MediationVictimRecord.FORM_RECORD_VICTIM, MediationFormRules::recordVictim);
    }

    /** The offender's age comes from the case (the call activity's in-mapping), not from the form. */
    @Override
    public Map<String, Set<String>> processVariablesRead() {
        return Map.of(FORM_INFORM_YOUTH, Set.of(VAR_OFFENDER_AGE));
    }

    /** The withdrawal choice shared by the forms of the steps where a party may withdraw. */
    static void checkWithdrawal(Map<String, Object> values, FormErrors errors) {
        errors.requireBoolean(values, VAR_WITHDRAWN, "En part har avbrutit medlingen");
        if (isTrue(values.get(VAR_WITHDRAWN))) {
            Object by = values.get(VAR_WITHDRAWN_BY);
            if (!PARTY_YOUTH.equals(by) && !PARTY_VICTIM.equals(by)) {
                errors.add("Vem avbröt?", "Ange om det var den unge eller brottsoffret som avbröt.");
            }
        }
    }

    /** The withdrawal choice, then the step's own work: it must be done unless a party withdrew. */
    static void doneUnlessWithdrawn(Map<String, Object> values, FormErrors errors, boolean done, String label,
            String message) {
        checkWithdrawal(values, errors);
        if (!isTrue(values.get(VAR_WITHDRAWN)) && !done) {
            errors.add(label, message);
        }
    }

    static void informYouth(Map<String, Object> values, FormErrors errors) {
        errors.requireBoolean(values, VAR_GUARDIANS_INFORMED, "Vårdnadshavarna har fått information");
        Object age = values.get(VAR_OFFENDER_AGE);
        boolean minor = age instanceof Number n && n.intValue() < 18;
        if (minor && !isTrue(values.get(VAR_GUARDIANS_INFORMED))) {
            errors.add("Vårdnadshavarna har fått information",
                    "Den unge är under 18 år: informera vårdnadshavarna innan svaret registreras.");
        }
    }

    static void refer(Map<String, Object> values, FormErrors errors) {
        errors.requireBoolean(values, VAR_REFERRAL_SENT, "Remissen är skickad");
        doneUnlessWithdrawn(values, errors, isTrue(values.get(VAR_REFERRAL_SENT)), "Remissen är skickad",
                "Skicka remissen till Mobila teamet, eller ange att en part avbröt.");
    }

    static void consult(Map<String, Object> values, FormErrors errors) {
        errors.requireBoolean(values, VAR_INVESTIGATION_LEADER_CONSULTED, "Förundersökningsledaren är tillfrågad");
        errors.requireBoolean(values, VAR_INVESTIGATION_LEADER_ADVISES_AGAINST, "Förundersökningsledaren avråder");
        doneUnlessWithdrawn(values, errors, isTrue(values.get(VAR_INVESTIGATION_LEADER_CONSULTED)),
                "Förundersökningsledaren är tillfrågad", "Samråd med förundersökningsledaren innan brottsoffret kontaktas.");
    }

    static void prepare(Map<String, Object> values, FormErrors errors) {
        errors.requireBoolean(values, VAR_TALK_WITH_YOUTH_HELD, "Samtal med den unge");
        errors.requireBoolean(values, VAR_TALK_WITH_VICTIM_HELD, "Samtal med brottsoffret");
        doneUnlessWithdrawn(values, errors,
                isTrue(values.get(VAR_TALK_WITH_YOUTH_HELD)) && isTrue(values.get(VAR_TALK_WITH_VICTIM_HELD)),
                "Förberedande samtal",
                "Håll samtal med både den unge och brottsoffret före mötet, eller ange att en part avbröt.");
    }

    static void meeting(Map<String, Object> values, FormErrors errors) {
        errors.requireBoolean(values, VAR_MEETING_HELD, "Medlingsmötet hölls");
        errors.requireBoolean(values, VAR_AGREEMENT_REACHED, "Parterna kom överens");
        checkWithdrawal(values, errors);
        boolean held = isTrue(values.get(VAR_MEETING_HELD));
        boolean withdrawn = isTrue(values.get(VAR_WITHDRAWN));
        if (!held && !withdrawn && values.get(VAR_MEETING_HELD) instanceof Boolean) {
            errors.add("Medlingsmötet hölls", "Om mötet inte hölls: ange vilken part som avbröt medlingen.");
        }
        if (held && !isTrue(values.get(VAR_YOUTH_PARTICIPATED))) {
            errors.add("Deltagare", "Den unge måste ha deltagit för att mötet ska räknas som hållet.");
        }
        if (held && !isTrue(values.get(VAR_VICTIM_PARTICIPATED)) && !isTrue(values.get(VAR_VICTIM_GUARDIANS_PARTICIPATED))) {
            errors.add("Deltagare", "Brottsoffret eller brottsoffrets vårdnadshavare måste ha deltagit.");
        }
        if (isTrue(values.get(VAR_AGREEMENT_REACHED))) {
            if (!held) {
                errors.add("Parterna kom överens", "Ett avtal kan bara träffas på ett möte som hölls.");
            }
            Object kind = values.get(VAR_AGREEMENT_KIND);
            if (!AGREEMENT_APOLOGY.equals(kind) && !AGREEMENT_COMPENSATION.equals(kind)
                    && !AGREEMENT_WORK.equals(kind) && !AGREEMENT_OTHER.equals(kind)) {
                errors.add("Vad gäller avtalet?", "Ange vad avtalet gäller.");
            }
        }
    }

    static void followUp(Map<String, Object> values, FormErrors errors) {
        Object fulfilment = values.get(VAR_AGREEMENT_FULFILMENT);
        errors.requireTextWhen(PARTLY_FULFILLED.equals(fulfilment) || NOT_FULFILLED.equals(fulfilment), values,
                VAR_FOLLOW_UP_NOTE, "Vad blev inte av?", "Beskriv vad som inte blev av.");
    }

    static void recordVictim(Map<String, Object> values, FormErrors errors) {
        errors.requireBoolean(values, MediationVictimRecord.VAR_VICTIM_IS_MINOR, "Brottsoffret är under 18 år");
        errors.requireTextWhen(isTrue(values.get(MediationVictimRecord.VAR_VICTIM_IS_MINOR)), values,
                MediationVictimRecord.VAR_VICTIM_GUARDIAN_CONTACT, "Vårdnadshavarnas kontaktuppgifter",
                "Brottsoffret är under 18 år: ange vårdnadshavarnas kontaktuppgifter.");
    }

}
