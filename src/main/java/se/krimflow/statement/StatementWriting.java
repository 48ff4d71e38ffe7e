package se.krimflow.statement;

import java.util.List;

/**
 * The process {@code StatementWriting} (Yttrande, LUL 11 §): its key, element ids, forms, decision
 * and variable names. Nothing else spells them as string literals.
 */
public final class StatementWriting {

    public static final String KEY = "StatementWriting";
    public static final String MESSAGE_STATEMENT_REQUESTED = "StatementRequested";

    // --- elements -------------------------------------------------------------------------------
    public static final String START_EVENT = "StartEvent_StatementRequested";
    public static final String SUBPROCESS_WRITE = "SubProcess_WriteAndSendStatement";
    public static final String TASK_BOOK_MEETING = "Task_BookMeeting";
    public static final String TASK_HOLD_MEETING = "Task_HoldMeeting";
    public static final String TASK_DECIDE_SECTIONS = "Task_DecideStatementSections";
    public static final String TASK_WRITE_DRAFT = "Task_WriteDraftStatement";
    public static final String TASK_COMMUNICATE_DRAFT = "Task_CommunicateDraft";
    public static final String TASK_RECORD_COMMENTS = "Task_RecordComments";
    public static final String TASK_DECIDE_STATEMENT = "Task_DecideStatement";
    public static final String GATEWAY_APPROVED = "Gateway_StatementApproved";
    public static final String TASK_CREATE_DOCUMENT = "Task_CreateStatementDocument";
    public static final String TASK_SEND_STATEMENT = "Task_SendStatement";
    public static final String END_EVENT_SENT = "EndEvent_StatementSent";
    /** The watch of the due date, beside the writing: reminder, escalation, extension, withdrawal. */
    public static final String GATEWAY_WATCH_DUE_DATE = "Gateway_WatchDueDate";
    public static final String EVENT_REMINDER_DUE = "CatchEvent_ReminderDue";
    public static final String TASK_REMINDER = "Task_ReadStatementReminder";
    public static final String BOUNDARY_REMINDER_UNANSWERED = "BoundaryEvent_ReminderUnanswered";
    public static final String EVENT_DUE_DATE_PASSED = "CatchEvent_DueDatePassed";
    public static final String TASK_HANDLE_OVERDUE = "Task_HandleOverdueStatement";
    public static final String END_OVERDUE_HANDLED = "EndEvent_OverdueHandled";
    public static final String EVENT_DUE_DATE_MOVED = "ThrowEvent_DueDateMoved";
    public static final String END_REQUEST_WITHDRAWN = "EndEvent_RequestWithdrawn";

    // --- forms ----------------------------------------------------------------------------------
    public static final String FORM_BOOK_MEETING = "StatementBookMeeting";
    public static final String FORM_HOLD_MEETING = "StatementHoldMeeting";
    public static final String FORM_DRAFT = "StatementDraft";
    public static final String FORM_COMMUNICATE = "StatementCommunicateDraft";
    public static final String FORM_COMMENTS = "StatementRecordComments";
    public static final String FORM_DECISION = "StatementDecision";
    public static final String FORM_SEND = "StatementSend";
    public static final String FORM_REMINDER = "StatementReminder";
    public static final String FORM_OVERDUE = "StatementOverdue";

    // --- decision -------------------------------------------------------------------------------
    public static final String DECISION_SECTIONS = "StatementSectionsDecision";
    public static final String DECISION_INPUT_AGE = "age";
    public static final String DECISION_INPUT_CONFESSED = "confessed";
    public static final String DECISION_INPUT_PERSONAL = "personalCircumstancesRequested";
    public static final String DECISION_INPUT_SPECIAL_CARE = "specialCareNeed";
    public static final String DECISION_INPUT_LVU = "careUnderLvu";
    public static final String DECISION_OUTPUT_SECTION = "section";

    // --- variables passed in by YouthCrimeCase (docs/process-interfaces.md) ---------------------
    public static final String VAR_CASE_NUMBER = "caseNumber";
    public static final String VAR_YOUTH_NAME = "youthName";
    public static final String VAR_PERSONNUMMER = "personnummer";
    public static final String VAR_AGE_AT_INTERROGATION = "ageAtInterrogation";
    public static final String VAR_CONFESSED = "confessed";
    public static final String VAR_MEDIATION_OFFERED = "mediationOffered";
    public static final String VAR_MEDIATION_OUTCOME = "mediationOutcome";
    /** True while the case's mediation runs (from the case): the statement says "pågår". */
    public static final String VAR_MEDIATION_RUNNING = "mediationRunning";
    /** Registered at the meeting: the youth confessed after the interrogation; handed to the case. */
    public static final String VAR_CONFESSION_REGISTERED = "confessionRegistered";
    public static final String VAR_REQUESTED_BY = "requestedBy";
    public static final String VAR_DUE_DATE = "statementDueDate";
    public static final String VAR_PERSONAL_REQUESTED = "personalCircumstancesRequested";
    /** Out to the case: when the statement was sent. */
    public static final String VAR_SENT_AT = "statementSentAt";

    // --- variables of this process --------------------------------------------------------------
    public static final String VAR_MEETING_AT = "meetingAt";
    public static final String VAR_SUSPICION_NOTIFIED_ON = "suspicionNotifiedOn";
    /** LUL 4 §: six weeks after the youth was told of the suspicion; shown, not enforced. */
    public static final String VAR_SIX_WEEK_LIMIT = "sixWeekLimit";
    public static final String VAR_MEETING_HELD_ON = "meetingHeldOn";
    public static final String VAR_SPECIAL_CARE_NEED = "specialCareNeed";
    public static final String VAR_CARE_UNDER_LVU = "careUnderLvu";
    /** The sections the decision requires, comma-separated codes (a String, never a serialized list). */
    public static final String VAR_REQUIRED_SECTIONS = "requiredSections";
    public static final String VAR_WRITER = "statementWriter";
    public static final String VAR_DECIDED_BY = "statementDecidedBy";
    public static final String VAR_DECISION = "statementDecision";
    public static final String VAR_RETURN_COMMENT = "returnComment";
    public static final String VAR_RETURN_COUNT = "returnCount";
    public static final String VAR_COMMUNICATED_ON = "draftCommunicatedOn";
    public static final String VAR_COMMUNICATED_HOW = "draftCommunicatedHow";
    public static final String VAR_REPLY_DEADLINE = "replyDeadline";
    public static final String VAR_COMMENTS_RECEIVED = "commentsReceived";
    /** The answer of {@link #VAR_COMMENTS_RECEIVED} when comments came in. */
    public static final String COMMENTS_RECEIVED_YES = "JA";
    public static final String VAR_COMMENTS = "guardianComments";
    public static final String VAR_STATEMENT_DATE = "statementDate";
    public static final String VAR_PDF = "statementPdf";
    public static final String VAR_SENT_HOW = "statementSentHow";
    public static final String VAR_SENT_CONFIRMED = "statementSentConfirmed";
    /** The days the statement went to the prosecutor and to the youth and guardians. */
    public static final String VAR_SENT_TO_PROSECUTOR_ON = "statementSentToProsecutorOn";
    public static final String VAR_SENT_TO_FAMILY_ON = "statementSentToFamilyOn";
    /** The unit manager's choice on an overdue statement: {@link #OVERDUE_ACTIONS}. */
    public static final String VAR_OVERDUE_ACTION = "overdueAction";
    /** The writer's answer to the reminder: {@link #ANSWER_ON_TIME}, {@link #EXTENDED} or {@link #WITHDRAWN}. */
    public static final String VAR_DEADLINE_ANSWER = "deadlineAnswer";
    /** The new last day of an extension (anstånd), a day; it becomes {@link #VAR_DUE_DATE}. */
    public static final String VAR_EXTENDED_DUE_DATE = "extendedDueDate";
    /** The request's first due date, kept when an extension moves it. */
    public static final String VAR_ORIGINAL_DUE_DATE = "statementOriginalDueDate";
    public static final String VAR_EXTENSION_COUNT = "statementExtensionCount";
    /** Why the requester withdrew the request (no personal data). */
    public static final String VAR_WITHDRAWN_REASON = "statementWithdrawnReason";
    /** {@link #OUTCOME_SENT} or {@link #OUTCOME_WITHDRAWN}; handed back to the case. */
    public static final String VAR_OUTCOME = "statementOutcome";

    // --- draft fields: one per section ----------------------------------------------------------
    public static final String VAR_EARLIER_MEASURES = "earlierMeasures";
    public static final String VAR_PLANNED_KIND = "plannedMeasureKind";
    public static final String VAR_PLANNED_EXTENT = "plannedMeasureExtent";
    public static final String VAR_PLANNED_LENGTH = "plannedMeasureLength";
    public static final String VAR_PLANNED_MEASURES = "plannedMeasures";
    public static final String VAR_PERSONAL_CIRCUMSTANCES = "personalCircumstances";
    public static final String VAR_YOUTH_CONTRACT = "youthContract";
    public static final String VAR_CARE_PLAN = "carePlan";
    public static final String VAR_YOUTH_SERVICE_SUITABLE = "youthServiceSuitable";
    public static final String VAR_YOUTH_SERVICE_ASSESSMENT = "youthServiceAssessment";
    public static final String VAR_MEDIATION_TEXT = "mediationText";

    // --- values ---------------------------------------------------------------------------------
    public static final String ANSWER_ON_TIME = "I_TID";
    public static final String EXTENDED = "ANSTAND";
    public static final String WITHDRAWN = "ATERKALLAD";
    public static final List<String> OVERDUE_ACTIONS = List.of(EXTENDED, "OMFORDELAT", "HANDLAGGARE_KONTAKTAD",
            WITHDRAWN);
    public static final String OUTCOME_SENT = "SKICKAT";
    public static final String OUTCOME_WITHDRAWN = "ATERKALLAT";
    public static final String DECISION_APPROVE = "GODKAND";
    public static final String DECISION_RETURN = "ATERLAMNAD";
    public static final String REQUESTED_BY_PROSECUTOR = "AKLAGARE";
    public static final String REQUESTED_BY_POLICE = "POLIS";
    public static final String REQUESTED_BY_COURT = "DOMSTOL";
    public static final List<String> REQUESTERS = List.of(REQUESTED_BY_PROSECUTOR, REQUESTED_BY_POLICE,
            REQUESTED_BY_COURT);

    /** Working days before the due date when the writer is reminded. */
    public static final int REMINDER_WORKING_DAYS = 3;
    /** Reply period of the communication of the draft (kommunicering). */
    public static final int REPLY_PERIOD_WORKING_DAYS = 5;

    /*
     * Every step's due date is counted back from the request's due date (working days before it), so
     * that the meeting, the draft, the five working days for comments, the manager's decision and the
     * sending all fit before the prosecutor's date: BPMN reads these as workingDays.dueBefore(...).
     */
    public static final int BOOK_MEETING_BEFORE_DUE = 12;
    public static final int HOLD_MEETING_BEFORE_DUE = 10;
    public static final int WRITE_DRAFT_BEFORE_DUE = 8;
    public static final int COMMUNICATE_BEFORE_DUE = 7;
    public static final int DECIDE_BEFORE_DUE = 1;

    private StatementWriting() {
    }
}
