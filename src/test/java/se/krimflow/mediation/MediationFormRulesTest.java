package se.krimflow.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.krimflow.mediation.MediationOffer.*;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.krimflow.forms.FieldProblem;
import se.krimflow.forms.FormCheck;
import se.krimflow.forms.FormErrors;

/** The cross-field rules of the mediation forms, without an engine. */
class MediationFormRulesTest {

    static FormErrors check(FormCheck rules, Object... keyValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put((String) keyValues[i], keyValues[i + 1]);
        }
        FormErrors errors = new FormErrors();
        rules.check(values, errors);
        return errors;
    }

    @Test
    void withdrawalNeedsTheParty() {
        FormCheck prepare = MediationFormRules::prepare;
        assertThat(check(prepare, VAR_WITHDRAWN, true, VAR_TALK_WITH_YOUTH_HELD, false, VAR_TALK_WITH_VICTIM_HELD, false)
                .problems()).extracting(FieldProblem::field).containsExactly("Vem avbröt?");
        assertThat(check(prepare, VAR_WITHDRAWN, true, VAR_WITHDRAWN_BY, PARTY_VICTIM, VAR_TALK_WITH_YOUTH_HELD, true,
                VAR_TALK_WITH_VICTIM_HELD, false).isEmpty()).isTrue();
        assertThat(check(prepare, VAR_WITHDRAWN, true, VAR_WITHDRAWN_BY, "NAGON", VAR_TALK_WITH_YOUTH_HELD, false,
                VAR_TALK_WITH_VICTIM_HELD, false).isEmpty()).isFalse();
    }

    @Test
    void aMissingCheckboxAnswerIsAnErrorNotAFalse() {
        assertThat(check(MediationFormRules::refer, VAR_REFERRAL_SENT, true).problems())
                .extracting(FieldProblem::message).contains(FormErrors.ANSWER_YES_OR_NO);
        assertThat(check(MediationFormRules::refer, VAR_REFERRAL_SENT, true, VAR_WITHDRAWN, false).isEmpty()).isTrue();
    }

    @Test
    void preparationNeedsTalksWithBothPartiesUnlessSomeoneWithdrew() {
        FormCheck prepare = MediationFormRules::prepare;
        assertThat(check(prepare, VAR_WITHDRAWN, false, VAR_TALK_WITH_YOUTH_HELD, true, VAR_TALK_WITH_VICTIM_HELD, false)
                .isEmpty()).isFalse();
        assertThat(check(prepare, VAR_WITHDRAWN, false, VAR_TALK_WITH_YOUTH_HELD, true, VAR_TALK_WITH_VICTIM_HELD, true)
                .isEmpty()).isTrue();
    }

    @Test
    void consultationMustHappenBeforeTheVictimIsContacted() {
        FormCheck consult = MediationFormRules::consult;
        assertThat(check(consult, VAR_INVESTIGATION_LEADER_CONSULTED, false, VAR_INVESTIGATION_LEADER_ADVISES_AGAINST, false,
                VAR_WITHDRAWN, false).isEmpty()).isFalse();
        assertThat(check(consult, VAR_INVESTIGATION_LEADER_CONSULTED, true, VAR_INVESTIGATION_LEADER_ADVISES_AGAINST, true,
                VAR_WITHDRAWN, false).isEmpty()).isTrue();
    }

    @Test
    void meetingRules() {
        FormCheck meeting = MediationFormRules::meeting;
        // held with both parties and an apology: fine
        assertThat(check(meeting, VAR_MEETING_HELD, true, VAR_YOUTH_PARTICIPATED, true, VAR_VICTIM_PARTICIPATED, true,
                VAR_AGREEMENT_REACHED, true, VAR_AGREEMENT_KIND, AGREEMENT_APOLOGY, VAR_WITHDRAWN, false).isEmpty()).isTrue();
        // the victim's guardian may stand in for a child victim
        assertThat(check(meeting, VAR_MEETING_HELD, true, VAR_YOUTH_PARTICIPATED, true,
                VAR_VICTIM_GUARDIANS_PARTICIPATED, true, VAR_AGREEMENT_REACHED, false, VAR_WITHDRAWN, false).isEmpty()).isTrue();
        // held without the youth
        assertThat(check(meeting, VAR_MEETING_HELD, true, VAR_VICTIM_PARTICIPATED, true, VAR_AGREEMENT_REACHED, false,
                VAR_WITHDRAWN, false).isEmpty()).isFalse();
        // an agreement without a meeting, and without its kind
        assertThat(check(meeting, VAR_MEETING_HELD, false, VAR_AGREEMENT_REACHED, true, VAR_WITHDRAWN, true,
                VAR_WITHDRAWN_BY, PARTY_YOUTH).problems()).hasSize(2);
        // not held: only because a party withdrew
        assertThat(check(meeting, VAR_MEETING_HELD, false, VAR_AGREEMENT_REACHED, false, VAR_WITHDRAWN, false).isEmpty())
                .isFalse();
        assertThat(check(meeting, VAR_MEETING_HELD, false, VAR_AGREEMENT_REACHED, false, VAR_WITHDRAWN, true,
                VAR_WITHDRAWN_BY, PARTY_VICTIM).isEmpty()).isTrue();
    }

    @Test
    void guardiansOfAMinorAreInformedBeforeTheAnswerIsRecorded() {
        FormCheck inform = MediationFormRules::informYouth;
        assertThat(check(inform, VAR_OFFENDER_AGE, 17, VAR_GUARDIANS_INFORMED, false).isEmpty()).isFalse();
        assertThat(check(inform, VAR_OFFENDER_AGE, 18, VAR_GUARDIANS_INFORMED, false).isEmpty()).isTrue();
        assertThat(check(inform, VAR_OFFENDER_AGE, 17, VAR_GUARDIANS_INFORMED, true).isEmpty()).isTrue();
    }

    @Test
    void followUpNeedsANoteUnlessFulfilled() {
        FormCheck followUp = MediationFormRules::followUp;
        assertThat(check(followUp, VAR_AGREEMENT_FULFILMENT, FULFILLED, VAR_WITHDRAWN, false).isEmpty()).isTrue();
        assertThat(check(followUp, VAR_AGREEMENT_FULFILMENT, PARTLY_FULFILLED, VAR_WITHDRAWN, false).isEmpty()).isFalse();
        assertThat(check(followUp, VAR_AGREEMENT_FULFILMENT, NOT_FULFILLED, VAR_FOLLOW_UP_NOTE, "Betalade inte",
                VAR_WITHDRAWN, false).isEmpty()).isTrue();
    }

    @Test
    void minorVictimNeedsTheGuardiansContact() {
        FormCheck victim = MediationFormRules::recordVictim;
        Object[] answered = { MediationVictimRecord.VAR_WITHDRAWN, false,
                MediationVictimRecord.VAR_VICTIM_CONSENT_ANSWER, MediationVictimRecord.CONSENTS };
        assertThat(check(victim, with(answered, MediationVictimRecord.VAR_VICTIM_IS_MINOR, true)).isEmpty()).isFalse();
        assertThat(check(victim, with(answered, MediationVictimRecord.VAR_VICTIM_IS_MINOR, true,
                MediationVictimRecord.VAR_VICTIM_GUARDIAN_CONTACT, "Mamma, 070-1")).isEmpty()).isTrue();
        assertThat(check(victim, with(answered, MediationVictimRecord.VAR_VICTIM_IS_MINOR, false)).isEmpty()).isTrue();
    }

    static Object[] with(Object[] base, Object... more) {
        Object[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    // --- issue 15: every wait has a date and an end ------------------------------------------

    static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 11, 23);

    @org.junit.jupiter.api.BeforeEach
    void clock() {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
                TODAY.atTime(10, 0).atZone(se.krimflow.deadline.EngineClock.ZONE).toInstant()));
    }

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }

    @Test
    void thinkingTimeHasADateWithinThirtyDaysAndAtMostTwoRounds() {
        FormCheck inform = MediationFormRules::informYouth;
        Object[] wantsTime = { VAR_OFFENDER_AGE, 15, VAR_GUARDIANS_INFORMED, true, VAR_YOUTH_ANSWER, ANSWER_WANTS_TIME };
        assertThat(check(inform, wantsTime).problems()).extracting(FieldProblem::field).containsExactly("Kontakta den unge igen den");
        assertThat(check(inform, with(wantsTime, VAR_YOUTH_FOLLOW_UP_DATE, "2026-12-23")).isEmpty()).isTrue();
        assertThat(check(inform, with(wantsTime, VAR_YOUTH_FOLLOW_UP_DATE, "2026-12-24")).isEmpty()).isFalse();
        assertThat(check(inform, with(wantsTime, VAR_YOUTH_FOLLOW_UP_DATE, "2026-11-23")).isEmpty()).isFalse();
        assertThat(check(inform, with(wantsTime, VAR_YOUTH_FOLLOW_UP_DATE, "inte ett datum")).problems())
                .extracting(FieldProblem::message).containsExactly(FormErrors.INVALID_DATE);
        assertThat(check(inform, with(wantsTime, VAR_YOUTH_FOLLOW_UP_DATE, "2026-12-01", VAR_YOUTH_THINKING_ROUNDS, 2))
                .problems()).extracting(FieldProblem::field).containsExactly("Den unges svar");
    }

    @Test
    void victimNotReachedNeedsTheNextDateUntilTheAttemptsAreUsedUp() {
        FormCheck victim = MediationFormRules::recordVictim;
        Object[] notReached = { MediationVictimRecord.VAR_VICTIM_IS_MINOR, false, MediationVictimRecord.VAR_WITHDRAWN, false,
                MediationVictimRecord.VAR_VICTIM_CONSENT_ANSWER, MediationVictimRecord.NOT_REACHED_TRY_AGAIN };
        assertThat(check(victim, notReached).isEmpty()).isFalse();
        assertThat(check(victim, with(notReached, MediationVictimRecord.VAR_NEXT_CONTACT_ATTEMPT_DATE, "2026-11-30")).isEmpty())
                .isTrue();
        assertThat(check(victim, with(notReached, MediationVictimRecord.VAR_NEXT_CONTACT_ATTEMPT_DATE, "2026-11-30",
                MediationVictimRecord.VAR_CONTACT_ATTEMPTS, 3)).isEmpty()).isFalse();
        // giving up, or the youth's withdrawal, needs no consent answer and no date
        assertThat(check(victim, MediationVictimRecord.VAR_VICTIM_IS_MINOR, false, MediationVictimRecord.VAR_WITHDRAWN, false,
                MediationVictimRecord.VAR_VICTIM_CONSENT_ANSWER, MediationVictimRecord.NOT_REACHED_GIVE_UP).isEmpty()).isTrue();
        assertThat(check(victim, MediationVictimRecord.VAR_VICTIM_IS_MINOR, false, MediationVictimRecord.VAR_WITHDRAWN, true,
                MediationVictimRecord.VAR_WITHDRAWN_BY, PARTY_YOUTH).isEmpty()).isTrue();
        assertThat(check(victim, MediationVictimRecord.VAR_VICTIM_IS_MINOR, false, MediationVictimRecord.VAR_WITHDRAWN, false)
                .problems()).extracting(FieldProblem::field).containsExactly("Brottsoffrets svar");
    }

    @Test
    void partlyFulfilledNeedsANewDateUntilTheFollowUpsAreUsedUpThenNone() {
        FormCheck followUp = MediationFormRules::followUp;
        Object[] partly = { VAR_AGREEMENT_FULFILMENT, PARTLY_FULFILLED, VAR_FOLLOW_UP_NOTE, "Halva betalt", VAR_WITHDRAWN, false };
        assertThat(check(followUp, partly).isEmpty()).isFalse();
        assertThat(check(followUp, with(partly, VAR_NEXT_FOLLOW_UP_DATE, "2027-02-21")).isEmpty()).isTrue();
        assertThat(check(followUp, with(partly, VAR_NEXT_FOLLOW_UP_DATE, "2027-02-22")).isEmpty()).isFalse();
        assertThat(check(followUp, with(partly, VAR_AGREEMENT_FOLLOW_UPS, 3)).isEmpty()).isTrue();
        assertThat(check(followUp, with(partly, VAR_AGREEMENT_FOLLOW_UPS, 3, VAR_NEXT_FOLLOW_UP_DATE, "2026-12-01")).isEmpty())
                .isFalse();
        // a withdrawal during the follow-up needs only who withdrew
        assertThat(check(followUp, VAR_WITHDRAWN, true, VAR_WITHDRAWN_BY, PARTY_VICTIM).isEmpty()).isTrue();
        assertThat(check(followUp, VAR_WITHDRAWN, true).isEmpty()).isFalse();
        assertThat(check(followUp, VAR_WITHDRAWN, false).problems()).extracting(FieldProblem::field)
                .containsExactly("Är avtalet uppfyllt?");
    }

    @Test
    void theReportSaysToWhomAndADayThatHasBeen() {
        FormCheck report = MediationFormRules::reportOutcome;
        assertThat(check(report, VAR_REPORTED_TO, REPORTED_TO_INVESTIGATION_LEADER, VAR_REPORTED_ON, "2026-11-23").isEmpty()).isTrue();
        assertThat(check(report, VAR_REPORTED_TO, REPORTED_TO_PROSECUTOR, VAR_REPORTED_ON, "2026-11-24").isEmpty()).isFalse();
        assertThat(check(report, VAR_REPORTED_TO, "POLISEN", VAR_REPORTED_ON, "2026-11-20").isEmpty()).isFalse();
        assertThat(check(report, VAR_REPORTED_TO, REPORTED_TO_PROSECUTOR).isEmpty()).isFalse();
    }

    @Test
    void messagesNeverRepeatTheValuesEntered() {
        FormErrors errors = check(MediationFormRules::recordVictim, MediationVictimRecord.VAR_VICTIM_IS_MINOR, true,
                MediationVictimRecord.VAR_VICTIM_NAME, "Vera Hemlig");
        assertThat(errors.summary()).doesNotContain("Vera");
    }
}
