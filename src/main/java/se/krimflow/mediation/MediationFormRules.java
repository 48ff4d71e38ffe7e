package se.krimflow.mediation;

import static se.krimflow.forms.FormValues.isTrue;
import static se.krimflow.mediation.MediationOffer.*;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import se.krimflow.deadline.EngineClock;
import se.krimflow.forms.FormValues;

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
                FORM_REPORT_OUTCOME, MediationFormRules::reportOutcome,
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

    /**
     * The day a wait ends: given, a real date, after today and at most {@code maxDays} ahead on the
     * engine's clock in Sweden, so that no wait is open-ended.
     */
    static void followUpDate(Map<String, Object> values, String key, String label, int maxDays, FormErrors errors) {
        Object value = values.get(key);
        if (FormValues.blank(value)) {
            errors.add(label, "Ange datumet.");
            return;
        }
        LocalDate day = FormValues.date(value);
        LocalDate today = EngineClock.today();
        if (day == null) {
            errors.add(label, FormErrors.INVALID_DATE);
        } else if (!day.isAfter(today)) {
            errors.add(label, "Datumet ska ligga efter i dag.");
        } else if (day.isAfter(today.plusDays(maxDays))) {
            errors.add(label, "Välj ett datum högst " + maxDays + " dagar fram.");
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
        if (ANSWER_WANTS_TIME.equals(values.get(VAR_YOUTH_ANSWER))) {
            if (FormValues.intValue(values.get(VAR_YOUTH_THINKING_ROUNDS), 0) >= MAX_THINKING_ROUNDS) {
                errors.add("Den unges svar", "Den unge har redan fått betänketid " + MAX_THINKING_ROUNDS
                        + " gånger: registrera ja eller nej (inget besked räknas som nej).");
            } else {
                followUpDate(values, VAR_YOUTH_FOLLOW_UP_DATE, "Kontakta den unge igen den", MAX_THINKING_DAYS, errors);
            }
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

    /**
     * A party may withdraw during the follow-up too. Partly fulfilled: a new follow-up date, up to
     * {@link MediationOffer#MAX_AGREEMENT_FOLLOW_UPS} times; after that it ends as not fulfilled.
     */
    static void followUp(Map<String, Object> values, FormErrors errors) {
        checkWithdrawal(values, errors);
        if (isTrue(values.get(VAR_WITHDRAWN))) {
            return;
        }
        Object fulfilment = values.get(VAR_AGREEMENT_FULFILMENT);
        if (!FULFILLED.equals(fulfilment) && !PARTLY_FULFILLED.equals(fulfilment) && !NOT_FULFILLED.equals(fulfilment)) {
            errors.add("Är avtalet uppfyllt?", "Ange om avtalet är uppfyllt, eller att en part avbröt.");
        }
        errors.requireTextWhen(PARTLY_FULFILLED.equals(fulfilment) || NOT_FULFILLED.equals(fulfilment), values,
                VAR_FOLLOW_UP_NOTE, "Vad blev inte av?", "Beskriv vad som inte blev av.");
        if (PARTLY_FULFILLED.equals(fulfilment)) {
            if (FormValues.intValue(values.get(VAR_AGREEMENT_FOLLOW_UPS), 0) < MAX_AGREEMENT_FOLLOW_UPS) {
                followUpDate(values, VAR_NEXT_FOLLOW_UP_DATE, "Ny uppföljning den", MAX_FOLLOW_UP_DAYS, errors);
            } else if (!FormValues.blank(values.get(VAR_NEXT_FOLLOW_UP_DATE))) {
                errors.add("Ny uppföljning den", "Avtalet har redan följts upp " + MAX_AGREEMENT_FOLLOW_UPS
                        + " gånger till: lämna datumet tomt, uppföljningen avslutas som inte fullföljd.");
            }
        }
    }

    /** The report of the outcome: to whom, and a day that has been. */
    static void reportOutcome(Map<String, Object> values, FormErrors errors) {
        Object to = values.get(VAR_REPORTED_TO);
        if (!REPORTED_TO_INVESTIGATION_LEADER.equals(to) && !REPORTED_TO_PROSECUTOR.equals(to)) {
            errors.add("Rapporterat till", "Ange om utfallet rapporterades till förundersökningsledaren eller åklagaren.");
        }
        errors.requireText(values, VAR_REPORTED_ON, "Rapporterat den", "Ange datumet för rapporten.");
        errors.notInFuture(values, VAR_REPORTED_ON, "Rapporterat den");
    }

    /**
     * The victim's answer, or the youth's withdrawal while the victim is contacted. Not reached: a new
     * attempt on a date, up to {@link MediationVictimRecord#MAX_CONTACT_ATTEMPTS} times; then a final answer.
     */
    static void recordVictim(Map<String, Object> values, FormErrors errors) {
        errors.requireBoolean(values, MediationVictimRecord.VAR_VICTIM_IS_MINOR, "Brottsoffret är under 18 år");
        errors.requireTextWhen(isTrue(values.get(MediationVictimRecord.VAR_VICTIM_IS_MINOR)), values,
                MediationVictimRecord.VAR_VICTIM_GUARDIAN_CONTACT, "Vårdnadshavarnas kontaktuppgifter",
                "Brottsoffret är under 18 år: ange vårdnadshavarnas kontaktuppgifter.");
        checkWithdrawal(values, errors);
        if (isTrue(values.get(VAR_WITHDRAWN))) {
            return;
        }
        Object answer = values.get(MediationVictimRecord.VAR_VICTIM_CONSENT_ANSWER);
        if (!MediationVictimRecord.CONSENTS.equals(answer) && !MediationVictimRecord.DOES_NOT_CONSENT.equals(answer)
                && !MediationVictimRecord.NOT_REACHED_TRY_AGAIN.equals(answer)
                && !MediationVictimRecord.NOT_REACHED_GIVE_UP.equals(answer)) {
            errors.add("Brottsoffrets svar", "Ange brottsoffrets svar, eller att en part avbröt.");
        }
        if (MediationVictimRecord.NOT_REACHED_TRY_AGAIN.equals(answer)) {
            if (FormValues.intValue(values.get(MediationVictimRecord.VAR_CONTACT_ATTEMPTS), 0)
                    >= MediationVictimRecord.MAX_CONTACT_ATTEMPTS) {
                errors.add("Brottsoffrets svar", "Brottsoffret har redan sökts " + MediationVictimRecord.MAX_CONTACT_ATTEMPTS
                        + " gånger till: välj ett slutligt svar (till exempel att försöken avslutas).");
            } else {
                followUpDate(values, MediationVictimRecord.VAR_NEXT_CONTACT_ATTEMPT_DATE, "Nytt kontaktförsök den",
                        MediationVictimRecord.MAX_DAYS_TO_NEXT_ATTEMPT, errors);
            }
        }
    }

}
