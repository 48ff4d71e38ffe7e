package se.krimflow.mediation;

import static se.krimflow.mediation.MediationOffer.*;

import java.util.Map;

import se.krimflow.forms.FormErrors;
import se.krimflow.forms.FormRules;

/**
 * Cross-field rules of the mediation forms, checked on the server when a task is completed (see
 * {@code se.krimflow.forms.FormValidationPlugin}). Each nested class is registered in
 * {@code META-INF/services/se.krimflow.forms.FormRules}. The values seen are the task's variables
 * after the submission, so process variables such as {@code offenderAge} are there too.
 * Checkboxes that steer a gateway must be answered (true or false), never missing.
 */
public final class MediationFormRules {

    static final String ANSWER_YES_OR_NO = "Ange ja eller nej.";

    private MediationFormRules() {
    }

    static boolean isTrue(Map<String, Object> values, String key) {
        return Boolean.TRUE.equals(values.get(key));
    }

    static boolean blank(Map<String, Object> values, String key) {
        Object v = values.get(key);
        return v == null || String.valueOf(v).isBlank();
    }

    static void requireBoolean(Map<String, Object> values, String key, String label, FormErrors errors) {
        if (!(values.get(key) instanceof Boolean)) {
            errors.add(label, ANSWER_YES_OR_NO);
        }
    }

    /** The withdrawal choice shared by the forms of the steps where a party may withdraw. */
    static void checkWithdrawal(Map<String, Object> values, FormErrors errors) {
        requireBoolean(values, VAR_WITHDRAWN, "En part har avbrutit medlingen", errors);
        if (isTrue(values, VAR_WITHDRAWN)) {
            Object by = values.get(VAR_WITHDRAWN_BY);
            if (!PARTY_YOUTH.equals(by) && !PARTY_VICTIM.equals(by)) {
                errors.add("Vem avbröt?", "Ange om det var den unge eller brottsoffret som avbröt.");
            }
        }
    }

    public static final class InformYouth implements FormRules {
        @Override
        public String formId() {
            return FORM_INFORM_YOUTH;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            requireBoolean(values, VAR_GUARDIANS_INFORMED, "Vårdnadshavarna har fått information", errors);
            Object age = values.get(VAR_OFFENDER_AGE);
            boolean minor = age instanceof Number n && n.intValue() < 18;
            if (minor && !isTrue(values, VAR_GUARDIANS_INFORMED)) {
                errors.add("Vårdnadshavarna har fått information",
                        "Den unge är under 18 år: informera vårdnadshavarna innan svaret registreras.");
            }
        }
    }

    public static final class Refer implements FormRules {
        @Override
        public String formId() {
            return FORM_REFER;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            requireBoolean(values, VAR_REFERRAL_SENT, "Remissen är skickad", errors);
            checkWithdrawal(values, errors);
            if (!isTrue(values, VAR_WITHDRAWN) && !isTrue(values, VAR_REFERRAL_SENT)) {
                errors.add("Remissen är skickad", "Skicka remissen till Mobila teamet, eller ange att en part avbröt.");
            }
        }
    }

    public static final class Consult implements FormRules {
        @Override
        public String formId() {
            return FORM_CONSULT;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            requireBoolean(values, VAR_INVESTIGATION_LEADER_CONSULTED, "Förundersökningsledaren är tillfrågad", errors);
            requireBoolean(values, VAR_INVESTIGATION_LEADER_ADVISES_AGAINST, "Förundersökningsledaren avråder", errors);
            checkWithdrawal(values, errors);
            if (!isTrue(values, VAR_WITHDRAWN) && !isTrue(values, VAR_INVESTIGATION_LEADER_CONSULTED)) {
                errors.add("Förundersökningsledaren är tillfrågad",
                        "Samråd med förundersökningsledaren innan brottsoffret kontaktas.");
            }
        }
    }

    public static final class Prepare implements FormRules {
        @Override
        public String formId() {
            return FORM_PREPARE;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            requireBoolean(values, VAR_TALK_WITH_YOUTH_HELD, "Samtal med den unge", errors);
            requireBoolean(values, VAR_TALK_WITH_VICTIM_HELD, "Samtal med brottsoffret", errors);
            checkWithdrawal(values, errors);
            if (!isTrue(values, VAR_WITHDRAWN)
                    && !(isTrue(values, VAR_TALK_WITH_YOUTH_HELD) && isTrue(values, VAR_TALK_WITH_VICTIM_HELD))) {
                errors.add("Förberedande samtal",
                        "Håll samtal med både den unge och brottsoffret före mötet, eller ange att en part avbröt.");
            }
        }
    }

    public static final class Meeting implements FormRules {
        @Override
        public String formId() {
            return FORM_MEETING;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            requireBoolean(values, VAR_MEETING_HELD, "Medlingsmötet hölls", errors);
            requireBoolean(values, VAR_AGREEMENT_REACHED, "Parterna kom överens", errors);
            checkWithdrawal(values, errors);
            boolean held = isTrue(values, VAR_MEETING_HELD);
            boolean withdrawn = isTrue(values, VAR_WITHDRAWN);
            if (!held && !withdrawn && values.get(VAR_MEETING_HELD) instanceof Boolean) {
                errors.add("Medlingsmötet hölls", "Om mötet inte hölls: ange vilken part som avbröt medlingen.");
            }
            if (held && !isTrue(values, VAR_YOUTH_PARTICIPATED)) {
                errors.add("Deltagare", "Den unge måste ha deltagit för att mötet ska räknas som hållet.");
            }
            if (held && !isTrue(values, VAR_VICTIM_PARTICIPATED) && !isTrue(values, VAR_VICTIM_GUARDIANS_PARTICIPATED)) {
                errors.add("Deltagare", "Brottsoffret eller brottsoffrets vårdnadshavare måste ha deltagit.");
            }
            if (isTrue(values, VAR_AGREEMENT_REACHED)) {
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
    }

    public static final class FollowUp implements FormRules {
        @Override
        public String formId() {
            return FORM_FOLLOW_UP;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            Object fulfilment = values.get(VAR_AGREEMENT_FULFILMENT);
            if ((PARTLY_FULFILLED.equals(fulfilment) || NOT_FULFILLED.equals(fulfilment)) && blank(values, VAR_FOLLOW_UP_NOTE)) {
                errors.add("Vad blev inte av?", "Beskriv vad som inte blev av.");
            }
        }
    }

    public static final class RecordVictim implements FormRules {
        @Override
        public String formId() {
            return MediationVictimRecord.FORM_RECORD_VICTIM;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            requireBoolean(values, MediationVictimRecord.VAR_VICTIM_IS_MINOR, "Brottsoffret är under 18 år", errors);
            if (isTrue(values, MediationVictimRecord.VAR_VICTIM_IS_MINOR)
                    && blank(values, MediationVictimRecord.VAR_VICTIM_GUARDIAN_CONTACT)) {
                errors.add("Vårdnadshavarnas kontaktuppgifter",
                        "Brottsoffret är under 18 år: ange vårdnadshavarnas kontaktuppgifter.");
            }
        }
    }
}
