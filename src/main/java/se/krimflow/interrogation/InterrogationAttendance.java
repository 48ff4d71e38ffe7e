package se.krimflow.interrogation;

/**
 * The process {@code InterrogationAttendance} (Förhörsnärvaro) and its decision
 * {@code InterrogationAttendanceDecision}: keys, element ids, forms and variable names.
 */
public final class InterrogationAttendance {

    public static final String KEY = "InterrogationAttendance";
    public static final String DECISION_KEY = "InterrogationAttendanceDecision";

    // Elements
    public static final String START_EVENT = "StartEvent_AttendanceRequested";
    public static final String TASK_DECIDE_ATTENDEE = "Task_DecideAttendee";
    public static final String GATEWAY_WHO_ATTENDS = "Gateway_WhoAttends";
    public static final String TASK_PREPARE_ATTENDANCE = "Task_PrepareAttendance";
    public static final String BOUNDARY_UNCLAIMED = "BoundaryEvent_UnclaimedBeforeInterrogation";
    public static final String GATEWAY_CLAIMED = "Gateway_AttendanceClaimed";
    public static final String TASK_ESCALATE_UNCLAIMED = "Task_AppointAttendee";
    public static final String TASK_ATTEND_INTERROGATION = "Task_AttendInterrogation";
    public static final String GATEWAY_ATTENDED = "Gateway_Attended";
    public static final String TASK_TALK_WITH_FAMILY = "Task_TalkWithYouthAndGuardians";
    public static final String END_OVER_18 = "EndEvent_YouthIsAdult";
    public static final String END_ATTENDED = "EndEvent_InterrogationAttended";
    public static final String END_NOT_ATTENDED = "EndEvent_InterrogationNotAttended";
    public static final String END_NO_ONE_ATTENDS = "EndEvent_NoOneAttends";
    public static final String GATEWAY_MANDATORY = "Gateway_Mandatory";
    public static final String END_NOBODY_TOOK = "EndEvent_NobodyTookAttendance";
    public static final String END_NO_ONE_CAN_ATTEND = "EndEvent_NoOneCanAttend";
    public static final String SUBPROCESS_INTERROGATION_MOVED = "SubProcess_InterrogationMoved";
    public static final String END_DEADLINES_MOVED = "EndEvent_DeadlinesMoved";
    /** Message (CONTRACT.md): the police moved the interrogation; variable {@link #VAR_INTERROGATION_AT}. */
    public static final String MESSAGE_INTERROGATION_MOVED = "InterrogationMoved";
    public static final String END_NO_ESCALATION = "EndEvent_AlreadyClaimed";
    public static final String END_ESCALATED = "EndEvent_AttendeeAppointed";

    // Forms (file name = form id)
    public static final String FORM_PREPARE = "PrepareInterrogationAttendance";
    public static final String FORM_ATTEND = "DocumentInterrogation";
    public static final String FORM_TALK = "TalkWithYouthAndGuardians";
    public static final String FORM_ESCALATION = "AppointInterrogationAttendee";

    // Decision inputs (= intake variables) and outputs
    public static final String VAR_AGE_AT_INTERROGATION = "ageAtInterrogation";
    public static final String VAR_PERSONNUMMER = "personnummer";
    public static final String VAR_PRISON_IN_SCALE = "prisonInScale";
    public static final String VAR_SERIOUS_OFFENCE = "seriousOffence";
    public static final String VAR_HAS_CASEWORKER = "hasCaseworker";
    public static final String VAR_INTERROGATION_AT = "interrogationAt";
    public static final String VAR_NOTIFICATION_REGISTERED_AT = "notificationRegisteredAt";
    /** Optional on the documentation: the day the youth was told of the suspicion (back to the case). */
    public static final String VAR_SUSPICION_NOTIFIED_AT = "suspicionNotifiedAt";
    public static final String VAR_ATTENDEE = "attendee";
    public static final String VAR_MANDATORY = "mandatory";
    public static final String VAR_LEGAL_BASIS = "legalBasis";
    public static final String ATTENDEE_KRIMTEAMET = "KRIMTEAMET";
    public static final String ATTENDEE_HANDLAGGARE = "HANDLAGGARE";
    public static final String ATTENDEE_INGEN = "INGEN";

    // Deadlines and claim state
    public static final String VAR_ESCALATION_AT = "attendanceEscalationAt";
    public static final String VAR_ATTENDANCE_ASSIGNEE = "attendanceAssignee";

    // Form values
    public static final String VAR_GUARDIANS_INFORMED = "guardiansInformed";
    public static final String VAR_PREPARATION_NOTE = "preparationNote";
    public static final String VAR_ATTENDED = "attended";
    /** A code: the form's options, or {@link #NOT_ATTENDED_NOBODY_TOOK} / {@link #NOT_ATTENDED_NO_ONE_CAN} from the model. */
    public static final String VAR_NOT_ATTENDED_REASON = "notAttendedReason";
    public static final String VAR_NOT_ATTENDED_NOTE = "notAttendedNote";
    public static final String NOT_ATTENDED_OTHER = "ANNAT";
    public static final String VAR_YOUTH_ATTITUDE = "youthAttitude";
    public static final String VAR_GUARDIANS_PRESENT = "guardiansPresent";
    public static final String VAR_GUARDIANS_REACTION = "guardiansReaction";
    public static final String VAR_CONFESSED = "confessed";
    public static final String VAR_SENSITIVE_OFFENCE = "sensitiveOffence";
    public static final String VAR_TALK_HELD = "talkHeld";
    public static final String VAR_TALK_SUMMARY = "talkSummary";
    public static final String VAR_TALK_NOT_HELD_REASON = "talkNotHeldReason";
    public static final String VAR_APPOINTMENT = "appointment";
    public static final String VAR_APPOINTMENT_NOTE = "appointmentNote";
    public static final String APPOINTMENT_APPOINTED = "UTSEDD";
    public static final String APPOINTMENT_NONE = "INGEN_KAN_NARVARA";
    /** Codes of {@link #VAR_NOT_ATTENDED_REASON} set by the model when no one attended. */
    public static final String NOT_ATTENDED_NOBODY_TOOK = "INGEN_TOG_UPPGIFTEN";
    public static final String NOT_ATTENDED_NO_ONE_CAN = APPOINTMENT_NONE;

    // Outcome
    public static final String VAR_INTERROGATION_OUTCOME = "interrogationOutcome";
    public static final String OUTCOME_ATTENDED = "NARVARADE";
    public static final String OUTCOME_NOT_ATTENDED = "NARVARADE_INTE";
    /** No one of social services attends (the case makes its pre-assessment for every notification). */
    public static final String OUTCOME_NO_ONE_ATTENDS = "INGEN_NARVARO";
    public static final String OUTCOME_OVER_18 = "OVER_18";

    /** Spring bean of the start listener that computes the deadlines. */
    public static final String BEAN_DEADLINES = "attendanceDeadlines";

    private InterrogationAttendance() {
    }
}
