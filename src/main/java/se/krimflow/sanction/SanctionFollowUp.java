package se.krimflow.sanction;

import se.krimflow.system.KrimflowGroup;

/**
 * The backing class of {@code processes/SanctionFollowUp.bpmn} (Påföljdsuppföljning) and of the
 * decisions {@code NonComplianceDecision} (youth service, CONTRACT.md) and
 * {@code YouthCareNonComplianceDecision} (youth care: only serious neglect is reported, BrB 32 kap 4 §):
 * every key, element id, message, variable name and deadline.
 * Variables shared with YouthCrimeCase are listed in docs/process-interfaces.md.
 */
public final class SanctionFollowUp {

    public static final String KEY = "SanctionFollowUp";
    public static final String DECISION_NON_COMPLIANCE = "NonComplianceDecision";
    public static final String DECISION_YOUTH_CARE_NON_COMPLIANCE = "YouthCareNonComplianceDecision";

    // Messages (CONTRACT.md)
    public static final String MESSAGE_SANCTION_DECIDED = "SanctionDecided";
    public static final String MESSAGE_PROSECUTOR_RESPONDED = "ProsecutorResponded";

    // In-variables from YouthCrimeCase
    public static final String VAR_CASE_NUMBER = "caseNumber";
    public static final String VAR_YOUTH_NAME = "youthName";
    public static final String VAR_SANCTION_TYPE = "sanctionType";
    public static final String VAR_YOUTH_SERVICE_HOURS = "youthServiceHours";
    public static final String VAR_CARE_PROVIDER = "careProvider";
    /** Out-variable to YouthCrimeCase: one of the OUTCOME_ codes. */
    public static final String VAR_SANCTION_OUTCOME = "sanctionOutcome";

    // Sanction types (CONTRACT.md)
    public static final String TYPE_YOUTH_SERVICE = "UNGDOMSTJANST";
    public static final String TYPE_YOUTH_CARE = "UNGDOMSVARD";
    public static final String TYPE_BOTH = "UNGDOMSTJANST_OCH_UNGDOMSVARD";
    public static final String TYPE_OTHER = "ANNAN";

    // Outcomes (sanctionOutcome)
    public static final String OUTCOME_COMPLETED = "FULLGJORD";
    public static final String OUTCOME_REPLACED = "UNDANROJD";
    public static final String OUTCOME_MOVED = "FLYTTAD";
    public static final String OUTCOME_NO_FOLLOW_UP = "EJ_UPPFOLJNING";

    // Youth service (ungdomstjänst)
    public static final String VAR_HOURS_DONE = "hoursDone";
    public static final String VAR_HOURS_REMAINING = "hoursRemaining";
    public static final String VAR_UNEXCUSED_ABSENCES = "unexcusedAbsences";
    public static final String VAR_REFUSES_TO_CONTINUE = "refusesToContinue";
    public static final String VAR_NEW_OFFENCE_SUSPECTED = "newOffenceSuspected";
    public static final String VAR_SERVICE_CHECK_NEEDED = "serviceNonComplianceCheck";
    public static final String VAR_SERVICE_MOVED = "serviceCaseMoved";
    public static final String VAR_ACTION = "action";
    // the session form
    public static final String VAR_REGISTRATION_TYPE = "registrationType";
    public static final String REGISTRATION_SESSION = "PASS";
    public static final String REGISTRATION_EVENT = "HANDELSE";
    public static final String REGISTRATION_MOVED = "FLYTTAD";
    public static final String VAR_SESSION_DATE = "sessionDate";
    public static final String VAR_SESSION_HOURS = "sessionHours";
    public static final String VAR_ATTENDANCE = "attendance";
    public static final String ATTENDANCE_PRESENT = "NARVARANDE";
    public static final String ATTENDANCE_ABSENT = "FRANVARANDE";
    public static final String VAR_ABSENCE_REASON = "absenceReason";
    public static final String VAR_ABSENCE_EXCUSED = "absenceExcused";
    public static final String VAR_EVENT_NOTE = "eventNote";
    // other youth-service forms
    public static final String VAR_FIRST_CONTACT_DATE = "firstContactDate";
    public static final String VAR_CONTACT_METHOD = "contactMethod";
    public static final String VAR_PLACEMENT = "placement";
    public static final String VAR_PLACEMENT_START_DATE = "placementStartDate";
    public static final String VAR_COMPLETION_DATE = "completionDate";
    public static final String VAR_COMPLETION_CONFIRMED = "completionConfirmed";
    public static final String VAR_WARNING_TALK_DATE = "warningTalkDate";
    public static final String VAR_CASEWORKER_INFORMED_DATE = "caseworkerInformedDate";

    // Youth care (ungdomsvård)
    public static final String VAR_CONTRACT_END_DATE = "contractEndDate";
    public static final String VAR_CONTRACT_ITEMS = "contractItems";
    public static final String VAR_CONTRACT_ITEM = "contractItem";
    public static final String VAR_ITEM_STATUS = "itemStatus";
    public static final String ITEM_FOLLOWED = "FOLJS";
    public static final String ITEM_NEGLECTED = "BRISTER";
    public static final String VAR_ITEM_MISSED = "itemMissedAppointments";
    public static final String VAR_ITEM_NOTE = "itemNote";
    public static final String VAR_ITEM_REFUSES = "itemRefusesToContinue";
    public static final String VAR_ITEM_NEW_OFFENCE = "itemNewOffenceSuspected";
    public static final String VAR_ITEM_MOVED = "itemMovedToOtherMunicipality";
    public static final String VAR_CARE_MISSED = "careUnexcusedAbsences";
    public static final String VAR_CARE_REFUSES = "careRefusesToContinue";
    public static final String VAR_CARE_NEW_OFFENCE = "careNewOffenceSuspected";
    public static final String VAR_CARE_MOVED = "careCaseMoved";
    public static final String VAR_CARE_CHECK_NEEDED = "careNonComplianceCheck";
    public static final String VAR_CARE_ACTION = "careAction";
    public static final String VAR_REVIEWS_DONE = "careReviewsDone";
    /** Warning talks held under the youth contract so far: input {@code earlierWarningTalks} of the care decision. */
    public static final String VAR_CARE_WARNING_TALKS = "careWarningTalks";
    public static final String DECISION_INPUT_EARLIER_WARNING_TALKS = "earlierWarningTalks";
    // the care contact form
    public static final String VAR_CARE_FIRST_CONTACT_DATE = "careFirstContactDate";
    public static final String VAR_CARE_CONTACT_METHOD = "careContactMethod";
    public static final String VAR_CARE_CONTACT_NOTE = "careContactNote";

    // Non-compliance (both branches)
    public static final String ACTION_NOTIFY_PROSECUTOR = "UNDERRATTA_AKLAGARE";
    public static final String ACTION_INFORM_CASEWORKER = "INFORMERA_HANDLAGGARE";
    public static final String ACTION_WARNING_TALK = "VARNINGSSAMTAL";
    public static final String ACTION_CONTINUE = "FORTSATT";
    public static final String VAR_PROSECUTOR_RESPONSE = "prosecutorResponse";
    public static final String RESPONSE_WARNING = "VARNING";
    public static final String RESPONSE_REPLACED = "UNDANROJD";
    public static final String VAR_NOTIFICATION_DATE = "notificationDate";
    public static final String VAR_NEGLECT_DESCRIPTION = "neglectDescription";

    // The follow-up of a notification (event subprocess, one per notification, both branches)
    /**
     * The group that follows up the notification: the escalation code of the branch that notified
     * ({@code ungdomstjanst} for youth service, {@code krimteamet} for youth care), local to the
     * notification's follow-up. It gets the reminder and records the court's decision.
     */
    public static final String VAR_FOLLOW_UP_GROUP = "followUpGroup";
    public static final String ESCALATION_REPORTED_BY_YOUTH_SERVICE = KrimflowGroup.ID_UNGDOMSTJANST;
    public static final String ESCALATION_REPORTED_BY_YOUTH_CARE = KrimflowGroup.ID_KRIMTEAMET;
    // the reminder form
    public static final String VAR_PROSECUTOR_REMINDED_DATE = "prosecutorRemindedDate";
    public static final String VAR_PROSECUTOR_REMINDED_HOW = "prosecutorRemindedHow";
    public static final String VAR_PROSECUTOR_REMINDER_NOTE = "prosecutorReminderNote";
    // the manager's form when the prosecutor has not answered
    public static final String VAR_MISSING_RESPONSE_ACTION = "missingResponseAction";
    public static final String MISSING_RESPONSE_KEEP_WAITING = "VANTA_PA_SVAR";
    public static final String MISSING_RESPONSE_RECEIVED = "SVAR_MOTTAGET";
    public static final String VAR_MISSING_RESPONSE_NOTE = "missingResponseNote";
    // the court's decision after the prosecutor asked to replace the sanction
    public static final String VAR_COURT_DECISION = "courtDecision";
    public static final String COURT_REPLACED = "UNDANROJD";
    public static final String COURT_NOT_REPLACED = "EJ_UNDANROJD";
    public static final String COURT_NO_DECISION_YET = "INGET_BESLUT";
    public static final String VAR_COURT_DECISION_DATE = "courtDecisionDate";
    public static final String VAR_COURT_DECISION_NOTE = "courtDecisionNote";

    // Deadlines in working days (the model's expressions use the same numbers)
    /** First contact with the youth, for youth service and youth care (CONTRACT.md). */
    public static final int FIRST_CONTACT_WORKING_DAYS = 5;
    /** No answer from the prosecutor: a reminder task for the group that follows up. */
    public static final int PROSECUTOR_REMINDER_WORKING_DAYS = 10;
    /** No answer from the prosecutor: escalation to krimteamet-chef, again after each "keep waiting". */
    public static final int PROSECUTOR_ESCALATION_WORKING_DAYS = 20;
    /** No decision of the court registered: escalation to krimteamet-chef (also the task's due date). */
    public static final int COURT_DECISION_WORKING_DAYS = 30;

    // Elements
    public static final String START = "StartEvent_SanctionDecided";
    public static final String GATEWAY_FOLLOW_UP_NEEDED = "Gateway_FollowUpNeeded";
    public static final String END_NO_FOLLOW_UP = "EndEvent_NoFollowUpNeeded";
    public static final String SUBPROCESS_FOLLOW_UP = "SubProcess_FollowUp";
    public static final String END_COMPLETED = "EndEvent_SanctionCompleted";
    public static final String END_REPLACED = "EndEvent_SanctionReplaced";
    public static final String END_MOVED = "EndEvent_CaseMoved";
    public static final String BOUNDARY_REPLACED = "BoundaryEvent_SanctionReplaced";
    public static final String BOUNDARY_MOVED = "BoundaryEvent_CaseMoved";
    public static final String GATEWAY_SANCTION_TRACKS = "Gateway_SanctionTracks";
    public static final String GATEWAY_INCLUDES_YOUTH_SERVICE = "Gateway_IncludesYouthService";
    public static final String GATEWAY_INCLUDES_YOUTH_CARE = "Gateway_IncludesYouthCare";
    public static final String END_NO_YOUTH_SERVICE = "EndEvent_NoYouthService";
    public static final String END_NO_YOUTH_CARE = "EndEvent_NoYouthCare";
    public static final String ERROR_REPLACED = "SANCTION_REPLACED";
    public static final String ERROR_MOVED = "CASE_MOVED";

    public static final String TASK_CONTACT_YOUTH = "Task_ContactYouth";
    public static final String TASK_MAKE_PLACEMENT_PLAN = "Task_MakePlacementPlan";
    public static final String TASK_REGISTER_SESSION = "Task_RegisterSession";
    public static final String TASK_RECORD_SESSION = "Task_RecordSession";
    public static final String TASK_SERVICE_DECISION = "Task_DecideServiceNonCompliance";
    public static final String TASK_SERVICE_WARNING_TALK = "Task_HoldServiceWarningTalk";
    public static final String TASK_SERVICE_INFORM_CASEWORKER = "Task_InformCaseworkerAboutService";
    public static final String TASK_SERVICE_NOTIFY_PROSECUTOR = "Task_NotifyProsecutorAboutService";
    public static final String EVENT_SERVICE_NEGLECT_REPORTED = "ThrowEvent_ServiceNeglectReported";
    public static final String TASK_CONFIRM_COMPLETION = "Task_ConfirmServiceCompleted";
    public static final String END_SERVICE_COMPLETED = "EndEvent_ServiceCompleted";

    public static final String TASK_CONTACT_YOUTH_ABOUT_CARE = "Task_ContactYouthAboutCare";
    public static final String TASK_REGISTER_CONTRACT = "Task_RegisterYouthContract";
    public static final String TIMER_MONTHLY_REVIEW = "CatchEvent_MonthlyReviewDue";
    public static final String TASK_FOLLOW_UP_ITEM = "Task_FollowUpContractItem";
    public static final String TASK_CARE_DECISION = "Task_DecideCareNonCompliance";
    public static final String TASK_CARE_WARNING_TALK = "Task_HoldCareWarningTalk";
    public static final String TASK_CARE_INFORM_CASEWORKER = "Task_InformCaseworkerAboutCare";
    public static final String TASK_CARE_NOTIFY_PROSECUTOR = "Task_NotifyProsecutorAboutCare";
    public static final String EVENT_CARE_NEGLECT_REPORTED = "ThrowEvent_CareNeglectReported";
    public static final String END_CARE_COMPLETED = "EndEvent_ContractEnded";

    public static final String SUBPROCESS_PROSECUTOR_NOTIFIED = "SubProcess_ProsecutorNotified";
    public static final String START_PROSECUTOR_NOTIFIED = "StartEvent_ProsecutorNotified";
    public static final String SUBPROCESS_AWAIT_RESPONSE = "SubProcess_AwaitProsecutorResponse";
    public static final String EVENT_PROSECUTOR_RESPONDED = "CatchEvent_ProsecutorResponded";
    public static final String TIMER_RESPONSE_REMINDER = "CatchEvent_ResponseReminderDue";
    public static final String TASK_REMIND_PROSECUTOR = "Task_RemindProsecutor";
    public static final String TIMER_RESPONSE_OVERDUE = "CatchEvent_ResponseOverdue";
    public static final String TASK_HANDLE_MISSING_RESPONSE = "Task_HandleMissingProsecutorResponse";
    public static final String GATEWAY_PROSECUTOR_RESPONSE = "Gateway_ProsecutorResponse";
    public static final String END_WARNING_GIVEN = "EndEvent_WarningGiven";
    public static final String TASK_RECORD_COURT_DECISION = "Task_RecordCourtDecision";
    public static final String TIMER_COURT_DECISION_OVERDUE = "BoundaryEvent_CourtDecisionOverdue";
    public static final String TASK_HANDLE_MISSING_COURT_DECISION = "Task_HandleMissingCourtDecision";
    public static final String END_REPLACED_BY_COURT = "EndEvent_SanctionReplacedByCourt";
    public static final String END_SANCTION_STANDS = "EndEvent_SanctionStands";

    // Forms (file name = form id)
    public static final String FORM_CONTACT_YOUTH = "ContactYouth";
    public static final String FORM_PLACEMENT_PLAN = "MakePlacementPlan";
    public static final String FORM_REGISTER_SESSION = "RegisterYouthServiceSession";
    public static final String FORM_CONFIRM_COMPLETION = "ConfirmYouthServiceCompleted";
    public static final String FORM_WARNING_TALK = "HoldWarningTalk";
    public static final String FORM_INFORM_CASEWORKER = "InformCaseworker";
    public static final String FORM_NOTIFY_PROSECUTOR = "NotifyProsecutor";
    public static final String FORM_REGISTER_CONTRACT = "RegisterYouthContract";
    public static final String FORM_FOLLOW_UP_ITEM = "FollowUpContractItem";
    public static final String FORM_CONTACT_YOUTH_ABOUT_CARE = "ContactYouthAboutCare";
    public static final String FORM_REMIND_PROSECUTOR = "RemindProsecutor";
    public static final String FORM_HANDLE_MISSING_RESPONSE = "HandleMissingProsecutorResponse";
    public static final String FORM_RECORD_COURT_DECISION = "RecordCourtDecision";
    public static final String FORM_HANDLE_MISSING_COURT_DECISION = "HandleMissingCourtDecision";

    public static final int MIN_HOURS = 20;
    public static final int MAX_HOURS = 150;

    static boolean includesYouthService(String sanctionType) {
        return TYPE_YOUTH_SERVICE.equals(sanctionType) || TYPE_BOTH.equals(sanctionType);
    }

    static boolean includesYouthCare(String sanctionType) {
        return TYPE_YOUTH_CARE.equals(sanctionType) || TYPE_BOTH.equals(sanctionType);
    }

    private SanctionFollowUp() {
    }
}
