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
        assertThat(check(followUp, VAR_AGREEMENT_FULFILMENT, FULFILLED).isEmpty()).isTrue();
        assertThat(check(followUp, VAR_AGREEMENT_FULFILMENT, PARTLY_FULFILLED).isEmpty()).isFalse();
        assertThat(check(followUp, VAR_AGREEMENT_FULFILMENT, NOT_FULFILLED, VAR_FOLLOW_UP_NOTE, "Betalade inte").isEmpty())
                .isTrue();
    }

    @Test
    void minorVictimNeedsTheGuardiansContact() {
        FormCheck victim = MediationFormRules::recordVictim;
        assertThat(check(victim, MediationVictimRecord.VAR_VICTIM_IS_MINOR, true).isEmpty()).isFalse();
        assertThat(check(victim, MediationVictimRecord.VAR_VICTIM_IS_MINOR, true,
                MediationVictimRecord.VAR_VICTIM_GUARDIAN_CONTACT, "Mamma, 070-1").isEmpty()).isTrue();
        assertThat(check(victim, MediationVictimRecord.VAR_VICTIM_IS_MINOR, false).isEmpty()).isTrue();
    }

    @Test
    void messagesNeverRepeatTheValuesEntered() {
        FormErrors errors = check(MediationFormRules::recordVictim, MediationVictimRecord.VAR_VICTIM_IS_MINOR, true,
                MediationVictimRecord.VAR_VICTIM_NAME, "Vera Hemlig");
        assertThat(errors.summary()).doesNotContain("Vera");
    }
}
