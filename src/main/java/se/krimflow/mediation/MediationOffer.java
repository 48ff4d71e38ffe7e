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
    /** Converging gateway before informing the youth: the offer, the manager's yes, the end of a thinking time. */
    public static final String GATEWAY_TO_INFORM_YOUTH = "Gateway_ToInformYouth";
    public static final String TASK_INFORM_YOUTH = "Task_InformYouthAboutMediation";
    public static final String GATEWAY_YOUTH_ACCEPTS = "Gateway_YouthAccepts";
    /** Timer: the youth's thinking time is over, the task comes back on {@link #VAR_YOUTH_FOLLOW_UP_DATE}. */
    public static final String EVENT_THINKING_TIME_OVER = "CatchEvent_YouthThinkingTimeOver";
    /** The mediation proper (from the referral to the follow-up); a withdrawal interrupts it. */
    public static final String SUBPROCESS_MEDIATION = "SubProcess_Mediation";
    public static final String START_MEDIATION = "StartEvent_MediationStarted";
    /** Interrupting message boundary event on {@link #SUBPROCESS_MEDIATION} ({@link #MESSAGE_WITHDRAWN}). */
    public static final String BOUNDARY_WITHDRAWN = "BoundaryEvent_MediationWithdrawn";
    public static final String TASK_REFER = "Task_ReferToMobilaTeamet";
    public static final String GATEWAY_WITHDRAWN_AT_REFERRAL = "Gateway_WithdrawnAtReferral";
    public static final String TASK_CONSULT = "Task_ConsultInvestigationLeader";
    public static final String GATEWAY_AFTER_CONSULTATION = "Gateway_AfterConsultation";
    /** Opens the victim's own record (a process instance of its own, see {@link VictimRecordLink}). */
    public static final String TASK_CONTACT_VICTIM = "Task_ContactVictim";
    /** Receive task: waits for {@link #MESSAGE_VICTIM_ANSWER_RECORDED} from the victim's record. */
    public static final String TASK_AWAIT_VICTIM_ANSWER = "Task_AwaitVictimAnswer";
    public static final String GATEWAY_WITHDRAWN_AT_VICTIM_CONTACT = "Gateway_WithdrawnAtVictimContact";
    public static final String GATEWAY_VICTIM_CONSENTS = "Gateway_VictimConsents";
    public static final String TASK_PREPARE = "Task_HoldPreparatoryTalks";
    public static final String GATEWAY_WITHDRAWN_AT_PREPARATION = "Gateway_WithdrawnAtPreparation";
    public static final String TASK_MEETING = "Task_HoldMediationMeeting";
    public static final String GATEWAY_MEETING_RESULT = "Gateway_MeetingResult";
    public static final String GATEWAY_TO_FOLLOW_UP = "Gateway_ToFollowUpAgreement";
    public static final String TASK_FOLLOW_UP = "Task_FollowUpAgreement";
    public static final String GATEWAY_WITHDRAWN_AT_FOLLOW_UP = "Gateway_WithdrawnAtFollowUp";
    public static final String GATEWAY_FULFILLED = "Gateway_AgreementFulfilled";
    /** Timer: a partly fulfilled agreement is followed up again on {@link #VAR_NEXT_FOLLOW_UP_DATE}. */
    public static final String EVENT_FOLLOW_UP_DUE = "CatchEvent_AgreementFollowUpDue";
    public static final String GATEWAY_TO_REPORT_OUTCOME = "Gateway_ToReportOutcome";
    public static final String TASK_REPORT_OUTCOME = "Task_ReportOutcome";

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
    public static final String END_WITHDRAWN_AT_VICTIM_CONTACT = "EndEvent_WithdrawnAtVictimContact";
    public static final String END_VICTIM_NOT_REACHED = "EndEvent_VictimNotReached";
    public static final String END_WITHDRAWN_AT_FOLLOW_UP = "EndEvent_WithdrawnAtFollowUp";
    /** The end of the whole mediation once a referred mediation's outcome is reported. */
    public static final String END_OUTCOME_REPORTED = "EndEvent_OutcomeReported";

    // --- Messages ---------------------------------------------------------------------------
    /** A party withdrew (POST /api/cases/{caseNumber}/mediation-withdrawal); variables withdrawnBy, withdrawnAt. */
    public static final String MESSAGE_WITHDRAWN = "MediationWithdrawn";
    /** The victim's record answers the mediation (consent, not reached, withdrawal), never with details. */
    public static final String MESSAGE_VICTIM_ANSWER_RECORDED = "VictimAnswerRecorded";

    // --- Beans ------------------------------------------------------------------------------
    public static final String BEAN_STEPS = "mediationSteps";
    public static final String BEAN_VICTIM_RECORD_LINK = "victimRecordLink";

    // --- Forms ------------------------------------------------------------------------------
    public static final String FORM_DECIDE_SUITABILITY = "DecideMediationSuitability";
    public static final String FORM_INFORM_YOUTH = "InformYouthAboutMediation";
    public static final String FORM_REFER = "ReferToMobilaTeamet";
    public static final String FORM_CONSULT = "ConsultInvestigationLeader";
    public static final String FORM_PREPARE = "HoldPreparatoryTalks";
    public static final String FORM_MEETING = "HoldMediationMeeting";
    public static final String FORM_FOLLOW_UP = "FollowUpMediationAgreement";
    public static final String FORM_REPORT_OUTCOME = "ReportMediationOutcome";

    // --- In-variables from YouthCrimeCase ---------------------------------------------------
    public static final String VAR_CASE_NUMBER = "caseNumber";
    public static final String VAR_OFFENDER_AGE = "offenderAge";
    public static final String VAR_REPORTED_TO_POLICE = "reportedToPolice";
    public static final String VAR_CONFESSED = "confessed";
    public static final String VAR_SENSITIVE_OFFENCE = "sensitiveOffence";
    public static final String VAR_YOUTH_NAME = "youthName";
    /** LUL 4 §: the case's {@code sixWeekLimitAt} as a day ("2027-01-12"), null when unknown; shown, never enforced. */
    public static final String VAR_SIX_WEEK_LIMIT_ON = "sixWeekLimitOn";

    // --- Out-variables to YouthCrimeCase ----------------------------------------------------
    public static final String VAR_MEDIATION_OFFERED = "mediationOffered";
    public static final String VAR_MEDIATION_OUTCOME = "mediationOutcome";
    /** UNGDOMEN or BROTTSOFFRET when the outcome is {@link #OUTCOME_WITHDRAWN}. */
    public static final String VAR_WITHDRAWN_BY = "withdrawnBy";
    /** When the withdrawal was recorded (engine time). */
    public static final String VAR_WITHDRAWN_AT = "withdrawnAt";
    /** To whom the outcome was reported: {@link #REPORTED_TO_INVESTIGATION_LEADER} or {@link #REPORTED_TO_PROSECUTOR}. */
    public static final String VAR_REPORTED_TO = "mediationReportedTo";
    /** The day the outcome was reported (Date, start of that day in Sweden), for the statement. */
    public static final String VAR_REPORTED_AT = "mediationReportedAt";

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
    /** The youth wants time to think: the day the caseworker contacts the youth again ("2026-12-01"). */
    public static final String VAR_YOUTH_FOLLOW_UP_DATE = "youthFollowUpDate";
    public static final String VAR_YOUTH_THINKING_ROUNDS = "youthThinkingRounds";
    /** Partly fulfilled: the day of the next follow-up ("2026-12-01"). */
    public static final String VAR_NEXT_FOLLOW_UP_DATE = "nextFollowUpDate";
    public static final String VAR_AGREEMENT_FOLLOW_UPS = "agreementFollowUps";
    /** From the victim's record: the victim could not be reached (final answer). */
    public static final String VAR_VICTIM_NOT_REACHED = "victimNotReached";
    /** From the victim's record: an answer came back (the record is not cancelled when the mediation step ends). */
    public static final String VAR_VICTIM_ANSWERED = "victimAnswered";
    /** The number of the victim's record ({@code MED-2026-000001}), a reference only. */
    public static final String VAR_VICTIM_RECORD_NUMBER = "victimRecordNumber";
    /** The day entered in the report form ("2026-12-01"); {@link #VAR_REPORTED_AT} is made from it. */
    public static final String VAR_REPORTED_ON = "mediationReportedOn";
    public static final String VAR_REPORT_NOTE = "mediationReportNote";

    // --- Codes ------------------------------------------------------------------------------
    public static final String ELIGIBILITY_OFFER = "ERBJUD";
    public static final String ELIGIBILITY_TRY_SUITABILITY = "PROVA_LAMPLIGHET";
    public static final String ELIGIBILITY_NOT_APPLICABLE = "EJ_AKTUELL";

    public static final String SUITABLE = "LAMPLIG";
    public static final String NOT_SUITABLE = "EJ_LAMPLIG";
    public static final String ANSWER_YES = "JA";
    public static final String ANSWER_NO = "NEJ";
    public static final String ANSWER_WANTS_TIME = "VILL_FUNDERA";
    public static final String PARTY_YOUTH = "UNGDOMEN";
    public static final String PARTY_VICTIM = "BROTTSOFFRET";
    public static final String AGREEMENT_APOLOGY = "URSAKT";
    public static final String AGREEMENT_COMPENSATION = "EKONOMISK_ERSATTNING";
    public static final String AGREEMENT_WORK = "ARBETE";
    public static final String AGREEMENT_OTHER = "ANNAT";
    public static final String FULFILLED = "UPPFYLLT";
    public static final String PARTLY_FULFILLED = "DELVIS_UPPFYLLT";
    public static final String NOT_FULFILLED = "EJ_UPPFYLLT";
    public static final String REPORTED_TO_INVESTIGATION_LEADER = "FORUNDERSOKNINGSLEDAREN";
    public static final String REPORTED_TO_PROSECUTOR = "AKLAGAREN";

    /** Values of {@link #VAR_MEDIATION_OUTCOME}. */
    public static final String OUTCOME_NOT_APPLICABLE = MediationOutcome.EJ_AKTUELL.name();
    public static final String OUTCOME_NOT_SUITABLE = MediationOutcome.EJ_LAMPLIG.name();
    public static final String OUTCOME_DECLINED_BY_YOUTH = MediationOutcome.AVBOJD_AV_UNGDOMEN.name();
    public static final String OUTCOME_DECLINED_BY_VICTIM = MediationOutcome.AVBOJD_AV_BROTTSOFFRET.name();
    public static final String OUTCOME_WITHDRAWN = MediationOutcome.AVBRUTEN.name();
    public static final String OUTCOME_WITH_AGREEMENT = MediationOutcome.GENOMFORD_MED_AVTAL.name();
    public static final String OUTCOME_WITHOUT_AGREEMENT = MediationOutcome.GENOMFORD_UTAN_AVTAL.name();
    public static final String OUTCOME_AGREEMENT_NOT_FULFILLED = MediationOutcome.AVTAL_EJ_FULLFOLJT.name();
    public static final String OUTCOME_VICTIM_NOT_REACHED = MediationOutcome.BROTTSOFFRET_EJ_NATT.name();

    /** Working days from the youth's yes to the referral to Mobila teamet. */
    public static final int REFERRAL_WORKING_DAYS = 3;

    // --- Waits (issue 15: no waiting forever) -------------------------------------------------
    /** How many times the youth may get time to think; then the answer is yes or no. */
    public static final int MAX_THINKING_ROUNDS = 2;
    /** The longest thinking time, in days. */
    public static final int MAX_THINKING_DAYS = 30;
    /** How many new follow-up dates a partly fulfilled agreement may get; then it ends as not fulfilled. */
    public static final int MAX_AGREEMENT_FOLLOW_UPS = 3;
    /** The longest time to the next follow-up of an agreement, in days. */
    public static final int MAX_FOLLOW_UP_DAYS = 90;

    private MediationOffer() {
    }
}
