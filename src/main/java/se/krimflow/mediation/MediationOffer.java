package se.krimflow.mediation;

import se.krimflow.cases.CaseCodes.MediationOutcome;

/**
 * Backing class of the process {@code MediationOffer} (Medling) and its decision
 * {@code MediationEligibilityDecision}: keys, element ids, variable names and codes. Nothing
 * outside this class spells them; tests use the same constants. The victim's details are not
 * here: they live in {@link MediationVictimRecord}, a process instance of their own.
 */
public final class MediationOffer {

    public static final String KEY = "MediationOffer";
    public static final String DECISION_KEY = "MediationEligibilityDecision";

    // --- Elements ---------------------------------------------------------------------------
    public static final String START = "StartEvent_MediationRequested";
    public static final String TASK_EVALUATE_ELIGIBILITY = "Task_EvaluateEligibility";
    public static final String GATEWAY_ELIGIBILITY = "Gateway_Eligibility";
    public static final String TASK_DECIDE_SUITABILITY = "Task_DecideSuitability";
    public static final String GATEWAY_SUITABLE = "Gateway_Suitable";
    public static final String TASK_INFORM_YOUTH = "Task_InformYouthAboutMediation";
    public static final String GATEWAY_YOUTH_ACCEPTS = "Gateway_YouthAccepts";
    public static final String TASK_REFER = "Task_ReferToMobilaTeamet";
    public static final String GATEWAY_WITHDRAWN_AT_REFERRAL = "Gateway_WithdrawnAtReferral";
    public static final String TASK_CONSULT = "Task_ConsultInvestigationLeader";
    public static final String GATEWAY_AFTER_CONSULTATION = "Gateway_AfterConsultation";
    public static final String CALL_VICTIM_RECORD = "Task_ContactVictim";
    public static final String GATEWAY_VICTIM_CONSENTS = "Gateway_VictimConsents";
    public static final String TASK_PREPARE = "Task_HoldPreparatoryTalks";
    public static final String GATEWAY_WITHDRAWN_AT_PREPARATION = "Gateway_WithdrawnAtPreparation";
    public static final String TASK_MEETING = "Task_HoldMediationMeeting";
    public static final String GATEWAY_MEETING_RESULT = "Gateway_MeetingResult";
    public static final String TASK_FOLLOW_UP = "Task_FollowUpAgreement";
    public static final String GATEWAY_FULFILLED = "Gateway_AgreementFulfilled";

    public static final String END_NOT_APPLICABLE = "EndEvent_MediationNotApplicable";
    public static final String END_NOT_SUITABLE = "EndEvent_MediationNotSuitable";
    public static final String END_DECLINED_BY_YOUTH = "EndEvent_DeclinedByYouth";
    public static final String END_WITHDRAWN_AT_REFERRAL = "EndEvent_WithdrawnAtReferral";
    public static final String END_WITHDRAWN_AT_CONSULTATION = "EndEvent_WithdrawnAtConsultation";
    public static final String END_ADVISED_AGAINST = "EndEvent_AdvisedAgainstByInvestigationLeader";
    public static final String END_DECLINED_BY_VICTIM = "EndEvent_DeclinedByVictim";
    public static final String END_WITHDRAWN_AT_PREPARATION = "EndEvent_WithdrawnAtPreparation";
    public static final String END_WITHDRAWN_AT_MEETING = "EndEvent_WithdrawnAtMeeting";
    public static final String END_WITHOUT_AGREEMENT = "EndEvent_CompletedWithoutAgreement";
    public static final String END_WITH_AGREEMENT = "EndEvent_CompletedWithAgreement";
    public static final String END_AGREEMENT_NOT_FULFILLED = "EndEvent_AgreementNotFulfilled";

    // --- Forms ------------------------------------------------------------------------------
    public static final String FORM_DECIDE_SUITABILITY = "DecideMediationSuitability";
    public static final String FORM_INFORM_YOUTH = "InformYouthAboutMediation";
    public static final String FORM_REFER = "ReferToMobilaTeamet";
    public static final String FORM_CONSULT = "ConsultInvestigationLeader";
    public static final String FORM_PREPARE = "HoldPreparatoryTalks";
    public static final String FORM_MEETING = "HoldMediationMeeting";
    public static final String FORM_FOLLOW_UP = "FollowUpMediationAgreement";

    // --- In-variables from YouthCrimeCase ---------------------------------------------------
    public static final String VAR_CASE_NUMBER = "caseNumber";
    public static final String VAR_OFFENDER_AGE = "offenderAge";
    public static final String VAR_REPORTED_TO_POLICE = "reportedToPolice";
    public static final String VAR_CONFESSED = "confessed";
    public static final String VAR_SENSITIVE_OFFENCE = "sensitiveOffence";
    public static final String VAR_YOUTH_NAME = "youthName";

    // --- Out-variables to YouthCrimeCase ----------------------------------------------------
    public static final String VAR_MEDIATION_OFFERED = "mediationOffered";
    public static final String VAR_MEDIATION_OUTCOME = "mediationOutcome";
    /** UNGDOMEN or BROTTSOFFRET when the outcome is {@link #OUTCOME_WITHDRAWN}. */
    public static final String VAR_WITHDRAWN_BY = "withdrawnBy";

    // --- Own variables ----------------------------------------------------------------------
    public static final String VAR_ELIGIBILITY = "eligibility";
    public static final String VAR_ELIGIBILITY_REASON = "eligibilityReason";
    public static final String VAR_SUITABILITY = "suitabilityDecision";
    public static final String VAR_SUITABILITY_REASON = "suitabilityReason";
    public static final String VAR_GUARDIANS_INFORMED = "guardiansInformed";
    public static final String VAR_YOUTH_ANSWER = "youthAnswer";
    public static final String VAR_YOUTH_ANSWERED_AT = "youthAnsweredAt";
    public static final String VAR_REFERRAL_SENT = "referralSent";
    public static final String VAR_WITHDRAWN = "withdrawn";
    public static final String VAR_INVESTIGATION_LEADER_CONSULTED = "investigationLeaderConsulted";
    public static final String VAR_INVESTIGATION_LEADER_ADVISES_AGAINST = "investigationLeaderAdvisesAgainst";
    /** Only the consent answer comes back from the victim's record, never the victim's details. */
    public static final String VAR_VICTIM_CONSENTS = "victimConsents";
    public static final String VAR_TALK_WITH_YOUTH_HELD = "talkWithYouthHeld";
    public static final String VAR_TALK_WITH_VICTIM_HELD = "talkWithVictimHeld";
    public static final String VAR_MEETING_HELD = "meetingHeld";
    public static final String VAR_YOUTH_PARTICIPATED = "youthParticipated";
    public static final String VAR_GUARDIANS_PARTICIPATED = "guardiansParticipated";
    public static final String VAR_VICTIM_PARTICIPATED = "victimParticipated";
    public static final String VAR_VICTIM_GUARDIANS_PARTICIPATED = "victimGuardiansParticipated";
    public static final String VAR_SUPPORT_PERSON_PARTICIPATED = "supportPersonParticipated";
    public static final String VAR_AGREEMENT_REACHED = "agreementReached";
    public static final String VAR_AGREEMENT_KIND = "agreementKind";
    public static final String VAR_AGREEMENT_FULFILMENT = "agreementFulfilment";
    public static final String VAR_AGREEMENT_DESCRIPTION = "agreementDescription";
    public static final String VAR_FOLLOW_UP_NOTE = "followUpNote";

    // --- Codes ------------------------------------------------------------------------------
    public static final String ELIGIBILITY_OFFER = "ERBJUD";
    public static final String ELIGIBILITY_TRY_SUITABILITY = "PROVA_LAMPLIGHET";
    public static final String ELIGIBILITY_NOT_APPLICABLE = "EJ_AKTUELL";

    public static final String SUITABLE = "LAMPLIG";
    public static final String NOT_SUITABLE = "EJ_LAMPLIG";
    public static final String ANSWER_YES = "JA";
    public static final String ANSWER_NO = "NEJ";
    public static final String PARTY_YOUTH = "UNGDOMEN";
    public static final String PARTY_VICTIM = "BROTTSOFFRET";
    public static final String AGREEMENT_APOLOGY = "URSAKT";
    public static final String AGREEMENT_COMPENSATION = "EKONOMISK_ERSATTNING";
    public static final String AGREEMENT_WORK = "ARBETE";
    public static final String AGREEMENT_OTHER = "ANNAT";
    public static final String FULFILLED = "UPPFYLLT";
    public static final String PARTLY_FULFILLED = "DELVIS_UPPFYLLT";
    public static final String NOT_FULFILLED = "EJ_UPPFYLLT";

    /** Values of {@link #VAR_MEDIATION_OUTCOME}. */
    public static final String OUTCOME_NOT_APPLICABLE = MediationOutcome.EJ_AKTUELL.name();
    public static final String OUTCOME_NOT_SUITABLE = MediationOutcome.EJ_LAMPLIG.name();
    public static final String OUTCOME_DECLINED_BY_YOUTH = MediationOutcome.AVBOJD_AV_UNGDOMEN.name();
    public static final String OUTCOME_DECLINED_BY_VICTIM = MediationOutcome.AVBOJD_AV_BROTTSOFFRET.name();
    public static final String OUTCOME_WITHDRAWN = MediationOutcome.AVBRUTEN.name();
    public static final String OUTCOME_WITH_AGREEMENT = MediationOutcome.GENOMFORD_MED_AVTAL.name();
    public static final String OUTCOME_WITHOUT_AGREEMENT = MediationOutcome.GENOMFORD_UTAN_AVTAL.name();
    public static final String OUTCOME_AGREEMENT_NOT_FULFILLED = MediationOutcome.AVTAL_EJ_FULLFOLJT.name();

    /** Working days from the youth's yes to the referral to Mobila teamet. */
    public static final int REFERRAL_WORKING_DAYS = 3;

    private MediationOffer() {
    }
}
