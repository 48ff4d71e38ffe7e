package se.krimflow.cases;

import java.util.List;
import java.util.Set;

import se.krimflow.system.KrimflowGroup;

/**
 * The umbrella process {@code YouthCrimeCase} (Ungdomsärende): keys, element ids and variable names
 * of processes/YouthCrimeCase.bpmn and docs/process-interfaces.md. Nothing else spells them.
 */
public final class YouthCrimeCase {

    public static final String KEY = OpenCases.CASE_PROCESS_KEY;
    public static final String START_FORM = "RegisterPoliceNotification";
    public static final String FORM_PROTECTION_ASSESSMENT = "ProtectionAssessment";
    public static final String FORM_PRE_ASSESSMENT = "PreAssessment";
    public static final String FORM_TAKE_INTO_INVESTIGATION = "TakeIntoOngoingInvestigation";

    /** The groups that start cases and call the case endpoints (CONTRACT.md). */
    public static final Set<String> CASE_WORKERS = Set.of(KrimflowGroup.ID_KRIMTEAMET,
            KrimflowGroup.ID_KRIMTEAMET_CHEF, KrimflowGroup.ID_HANDLAGGARE);

    // Elements
    public static final String START_EVENT = "StartEvent_PoliceNotificationReceived";
    public static final String SUBPROCESS_CONCERN_REPORT = "SubProcess_ConcernReport";
    public static final String TASK_PROTECTION_ASSESSMENT = "Task_ProtectionAssessment";
    public static final String TASK_PRE_ASSESSMENT = "Task_PreAssessment";
    public static final String TASK_TAKE_INTO_INVESTIGATION = "Task_TakeIntoOngoingInvestigation";
    public static final String END_CONCERN_NOT_FOR_ADULT = "EndEvent_ConcernNotForAdult";
    public static final String END_CONCERN_DUTIES_DONE = "EndEvent_ConcernDutiesDone";
    public static final String CALL_INTERROGATION_ATTENDANCE = "CallActivity_InterrogationAttendance";
    public static final String GATEWAY_OVER_18 = "Gateway_Over18";
    public static final String GATEWAY_CONFESSED = "Gateway_Confessed";
    public static final String CALL_MEDIATION_OFFER = "CallActivity_MediationOffer";
    public static final String TASK_AWAIT_DECISIONS = "Task_AwaitProsecutionAndCourt";
    public static final String END_OVER_18 = "EndEvent_CaseEndedOver18";
    public static final String SUBPROCESS_STATEMENT = "SubProcess_StatementRequested";
    public static final String START_STATEMENT_REQUESTED = "StartEvent_StatementRequested";
    public static final String CALL_STATEMENT_WRITING = "CallActivity_StatementWriting";
    public static final String SUBPROCESS_SANCTION = "SubProcess_SanctionDecided";
    public static final String START_SANCTION_DECIDED = "StartEvent_SanctionDecided";
    public static final String CALL_SANCTION_FOLLOW_UP = "CallActivity_SanctionFollowUp";
    public static final String SUBPROCESS_CASE_CLOSED = "SubProcess_CaseClosed";
    public static final String START_CASE_CLOSED = "StartEvent_CaseClosed";
    public static final String END_CASE_CLOSED = "EndEvent_CaseClosed";
    public static final String SUBPROCESS_PROSECUTION_DECIDED = "SubProcess_ProsecutionDecided";
    public static final String START_PROSECUTION_DECIDED = "StartEvent_ProsecutionDecided";
    public static final String END_AWAIT_COURT = "EndEvent_AwaitCourt";
    public static final String END_CLOSING_ASKED = "EndEvent_ProsecutionClosesCase";
    public static final String SUBPROCESS_ENDS_BY_ITSELF = "SubProcess_CaseEndsByItself";
    public static final String SUBPROCESS_LATER_CONFESSION = "SubProcess_LaterConfession";
    public static final String SUBPROCESS_STANDING_STILL = "SubProcess_CaseStandingStill";
    public static final String START_STANDING_STILL = "StartEvent_CaseStandingStill";
    public static final String TASK_REVIEW_STANDING_STILL = "Task_ReviewCaseStandingStill";
    public static final String CALL_LATER_MEDIATION_OFFER = "CallActivity_LaterMediationOffer";
    public static final String START_ENDS_BY_ITSELF = "StartEvent_CaseMayEnd";
    public static final String END_ENDED_BY_ITSELF = "EndEvent_CaseEndedByItself";
    /** Reached only when an administrator signals the wait for the decisions. */
    public static final String END_CONTINUED_BY_ADMINISTRATOR = "EndEvent_CaseContinuedByAdministrator";

    // Called processes (CONTRACT.md)
    public static final String INTERROGATION_ATTENDANCE = "InterrogationAttendance";
    public static final String MEDIATION_OFFER = "MediationOffer";
    public static final String STATEMENT_WRITING = "StatementWriting";
    public static final String SANCTION_FOLLOW_UP = "SanctionFollowUp";

    /**
     * SanctionFollowUp's first contact with the youth (5 working days after the decision), for the
     * case's clock; SanctionFollowUpProcessTest keeps these equal to that process's own constants.
     */
    public static final List<String> FIRST_CONTACT_TASKS = List.of("Task_ContactYouth", "Task_ContactYouthAboutCare");

    // Messages (CONTRACT.md)
    public static final String MESSAGE_STATEMENT_REQUESTED = "StatementRequested";
    public static final String MESSAGE_SANCTION_DECIDED = "SanctionDecided";
    public static final String MESSAGE_CASE_CLOSED = "CaseClosed";
    public static final String MESSAGE_PROSECUTION_DECIDED = "ProsecutionDecided";
    /** Correlated to the case's running InterrogationAttendance, with {@link #VAR_INTERROGATION_AT}. */
    public static final String MESSAGE_INTERROGATION_MOVED = "InterrogationMoved";

    // Intake variables
    public static final String VAR_CASE_NUMBER = "caseNumber";
    public static final String VAR_PERSONNUMMER = "personnummer";
    public static final String VAR_YOUTH_NAME = "youthName";
    public static final String VAR_POLICE_REFERENCE = "policeReference";
    public static final String VAR_OFFENCE = "offence";
    public static final String VAR_PRISON_IN_SCALE = "prisonInScale";
    public static final String VAR_SERIOUS_OFFENCE = "seriousOffence";
    public static final String VAR_HAS_CASEWORKER = "hasCaseworker";
    public static final String VAR_ARRESTED = "arrested";
    public static final String VAR_INTERROGATION_AT = "interrogationAt";
    public static final String VAR_AGE_AT_INTERROGATION = "ageAtInterrogation";
    public static final String VAR_NOTIFICATION_REGISTERED_AT = "notificationRegisteredAt";
    /** When the youth was told of the suspicion (optional at intake, settable at the interrogation). */
    public static final String VAR_SUSPICION_NOTIFIED_AT = "suspicionNotifiedAt";
    /** Six weeks on (LUL 4 §): shown, never enforced (a mediation is a lawful reason to pass it). */
    public static final String VAR_SIX_WEEK_LIMIT_AT = "sixWeekLimitAt";

    // The concern report (orosanmälan): every notification of a youth under 18 (CONTRACT.md)
    /** The end of the day the notification was registered: the protection assessment is due then. */
    public static final String VAR_PROTECTION_ASSESSMENT_DUE_AT = "protectionAssessmentDueAt";
    /** 14 days after the notification was registered (SoL 11 kap 1 a §). */
    public static final String VAR_PRE_ASSESSMENT_DUE_AT = "preAssessmentDueAt";
    public static final String VAR_PROTECTION_NEEDED = "protectionNeeded";
    public static final String VAR_LVU_IMMEDIATE_CARE_NEEDED = "lvuImmediateCareNeeded";
    public static final String VAR_PROTECTION_ASSESSMENT = "protectionAssessment";
    public static final String VAR_PRE_ASSESSMENT_DECISION = "preAssessmentDecision";
    public static final String VAR_PRE_ASSESSMENT_MOTIVATION = "preAssessmentMotivation";
    public static final String VAR_PRE_ASSESSMENT_DECIDED_BY = "preAssessmentDecidedBy";
    public static final String PRE_ASSESSMENT_OPEN = "INLED_UTREDNING";
    public static final String PRE_ASSESSMENT_CLOSE = "INLED_INTE_UTREDNING";
    public static final String VAR_INVESTIGATION_OPENED_AT = "investigationOpenedAt";
    /** Four months after the investigation was opened (SoL 11 kap 2 §). */
    public static final String VAR_INVESTIGATION_DUE_AT = "investigationDueAt";
    /** Why the investigation was opened: the pre-assessment's decision, or a statement request. */
    public static final String VAR_INVESTIGATION_OPENED_BY = "investigationOpenedBy";
    public static final String OPENED_BY_PRE_ASSESSMENT = "FORHANDSBEDOMNING";
    public static final String OPENED_BY_STATEMENT_REQUEST = "BEGARAN_OM_YTTRANDE";
    public static final String VAR_NOTIFICATION_ADDED_TO_INVESTIGATION = "notificationAddedToInvestigation";
    /** True while the concern report's duties run: the case does not end by itself before they are done. */
    public static final String VAR_CONCERN_DUTIES_OPEN = "concernDutiesOpen";
    /** When a task of the case (or of a process it called) was last completed. */
    public static final String VAR_LAST_TASK_COMPLETED_AT = "lastTaskCompletedAt";
    /**
     * The body of {@code POST /api/cases}, handed to the start listener as one transient variable
     * (never stored), so that the listener makes the one check of every start.
     */
    static final String VAR_NOTIFICATION_REQUEST = "policeNotificationRequest";

    // From InterrogationAttendance
    public static final String VAR_ATTENDEE = "attendee";
    public static final String VAR_ATTENDED = "attended";
    public static final String VAR_CONFESSED = "confessed";
    /** A confession registered after the interrogation (pre-assessment, statement meeting). */
    public static final String VAR_CONFESSION_REGISTERED = "confessionRegistered";
    /** The attendance's own answers, merged into the case's when it ends ({@link CaseLife#attendanceEnded}). */
    public static final String VAR_INTERROGATION_CONFESSED = "interrogationConfessed";
    public static final String VAR_INTERROGATION_SUSPICION_NOTIFIED_AT = "interrogationSuspicionNotifiedAt";
    public static final String VAR_SENSITIVE_OFFENCE = "sensitiveOffence";
    public static final String VAR_INTERROGATION_OUTCOME = "interrogationOutcome";

    // From / to the other processes
    public static final String VAR_MEDIATION_OFFERED = "mediationOffered";
    public static final String VAR_MEDIATION_OUTCOME = "mediationOutcome";
    public static final String VAR_REQUESTED_BY = "requestedBy";
    public static final String VAR_STATEMENT_DUE_DATE = "statementDueDate";
    public static final String VAR_PERSONAL_CIRCUMSTANCES_REQUESTED = "personalCircumstancesRequested";
    public static final String VAR_STATEMENT_SENT_AT = "statementSentAt";
    /** SKICKAT or ATERKALLAT, handed back by StatementWriting. */
    public static final String VAR_STATEMENT_OUTCOME = "statementOutcome";
    public static final String VAR_SANCTION_TYPE = "sanctionType";
    public static final String VAR_YOUTH_SERVICE_HOURS = "youthServiceHours";
    public static final String VAR_CARE_PROVIDER = "careProvider";
    public static final String VAR_SANCTION_OUTCOME = "sanctionOutcome";

    // Closure
    public static final String VAR_CLOSE_REASON = "closeReason";
    public static final String VAR_CASE_OUTCOME = "caseOutcome";
    public static final String OUTCOME_OVER_18 = "AVSLUTAT_OVER_18";
    public static final String OUTCOME_CLOSED = "AVSLUTAT";
    /** After the prosecutor's decision other than ATAL: AVSLUTAT_ and the decision, e.g. AVSLUTAT_EJ_ATAL. */
    public static final String OUTCOME_PREFIX_PROSECUTION = "AVSLUTAT_";
    /** After the last sanction follow-up. */
    public static final String OUTCOME_SANCTION_FOLLOWED_UP = "AVSLUTAT_PAFOLJD_UPPFOLJD";
    /** The outcome the case will end with by itself as soon as nothing of social services' own runs. */
    public static final String VAR_CLOSING_OUTCOME = "closingOutcome";
    /** True while MediationOffer runs: the case does not end by itself before the mediation has. */
    public static final String VAR_MEDIATION_RUNNING = "mediationRunning";
    /** How many SanctionFollowUp instances of the case run now. */
    public static final String VAR_SANCTION_FOLLOW_UPS_RUNNING = "sanctionFollowUpsRunning";

    // The prosecutor's decision (CONTRACT.md, POST /api/cases/{caseNumber}/prosecution-decision)
    public static final String VAR_PROSECUTION_DECISION = "prosecutionDecision";
    public static final String VAR_PROSECUTION_DECIDED_AT = "prosecutionDecidedAt";
    public static final String PROSECUTION_ATAL = "ATAL";
    public static final List<String> PROSECUTION_DECISIONS = List.of(PROSECUTION_ATAL, "EJ_ATAL",
            "ATALSUNDERLATELSE", "STRAFFORELAGGANDE");

    /** The Spring bean bound as the start event's listener. */
    public static final String BEAN_REGISTER_CASE = "registerPoliceNotification";
    /** The Spring bean that decides when the case ends by itself ({@link CaseLife}). */
    public static final String BEAN_CASE_LIFE = "caseLife";

    private YouthCrimeCase() {
    }
}
