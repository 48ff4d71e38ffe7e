package se.krimflow.deviation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The backing class of the process {@code DeviationHandling} (Avvikelsehantering) and the decision
 * {@code DeviationTrackDecision}: process key, element ids, variable names and the codes of
 * CONTRACT.md. Nothing else spells them.
 */
final class DeviationHandling {

    static final String KEY = "DeviationHandling";
    static final String DECISION_KEY = "DeviationTrackDecision";
    static final String START_FORM = "ReportDeviation";

    // --- Forms with rules beyond their schema ---------------------------------------------------
    static final String FORM_TRIAGE = "DeviationTriage";
    static final String FORM_SEND_TO_ORGANISATION = "DeviationSendToOrganisation";
    static final String FORM_ORGANISATION_ANSWER = "DeviationOrganisationAnswer";
    static final String FORM_REPORTER_FEEDBACK = "DeviationReporterFeedback";
    static final String FORM_AGREE_ACTIONS = "DeviationAgreeActions";
    static final String FORM_JOINT_FORUM = "DeviationJointForumItem";
    static final String FORM_OVERDUE_FEEDBACK = "DeviationOverdueFeedback";
    static final String FORM_IVO_NOTICE = "DeviationIvoNotice";
    static final String FORM_REASSESSMENT = "DeviationLexSarahReassessment";

    // --- Elements ------------------------------------------------------------------------------
    static final String START_EVENT = "StartEvent_DeviationReported";
    static final String TASK_DECIDE_TRACK = "Task_DecideTrack";
    static final String TASK_TRIAGE = "Task_TriageDeviation";
    static final String GATEWAY_NEW_DEVIATION = "Gateway_NewDeviation";
    static final String END_NOT_A_DEVIATION = "EndEvent_NotADeviation";
    static final String END_DUPLICATE = "EndEvent_Duplicate";
    static final String GATEWAY_TRACK = "Gateway_WhichTrack";
    // lex Sarah
    static final String TASK_REMEDY = "Task_RemedyImmediately";
    static final String TASK_INVESTIGATE_LEX_SARAH = "Task_InvestigateLexSarah";
    static final String TASK_ASSESS_SERIOUSNESS = "Task_AssessSeriousness";
    static final String GATEWAY_SERIOUS = "Gateway_Serious";
    static final String TASK_PREPARE_IVO_NOTICE = "Task_PrepareIvoNotice";
    static final String TASK_REASSESS_SERIOUSNESS = "Task_ReassessSeriousness";
    static final String GATEWAY_SERIOUS_AFTER_INVESTIGATION = "Gateway_SeriousAfterInvestigation";
    static final String GATEWAY_IVO_ALREADY_NOTIFIED = "Gateway_IvoAlreadyNotified";
    static final String TASK_NOTIFY_IVO_AFTER_INVESTIGATION = "Task_NotifyIvoAfterInvestigation";
    static final String TASK_ACTION_PLAN = "Task_DrawUpActionPlan";
    // collaboration
    static final String SUBPROCESS_FEEDBACK = "SubProcess_FeedbackWithin60Days";
    static final String TASK_SEND_TO_ORGANISATION = "Task_SendToOtherOrganisation";
    static final String TASK_RECORD_ANSWER = "Task_RecordOrganisationAnswer";
    static final String TASK_GIVE_FEEDBACK = "Task_GiveFeedbackToReporter";
    /** Terminate end event: ends a running overdue reminder with the subprocess. */
    static final String END_FEEDBACK_GIVEN = "EndEvent_FeedbackGiven";
    /** Non-interrupting timer event subprocess inside {@link #SUBPROCESS_FEEDBACK}, at {@link #FEEDBACK_DUE_AT}. */
    static final String SUBPROCESS_FEEDBACK_OVERDUE = "SubProcess_FeedbackOverdue";
    static final String START_FEEDBACK_OVERDUE = "StartEvent_FeedbackOverdue";
    static final String TASK_HANDLE_OVERDUE_FEEDBACK = "Task_HandleOverdueFeedback";
    static final String GATEWAY_CLOSE_WITHOUT_ANSWER = "Gateway_CloseWithoutAnswer";
    /** After "remind and wait": the overdue task comes again after {@link #ASK_AGAIN_DAYS} days. */
    static final String TIMER_ASK_AGAIN = "CatchEvent_AskAgainIn14Days";
    /** Error end event of the reminder; the error boundary on the subprocess ends the wait for the answer. */
    static final String END_FEEDBACK_CLOSED_WITHOUT_ANSWER = "EndEvent_FeedbackClosedWithoutAnswer";
    static final String BOUNDARY_FEEDBACK_CLOSED_WITHOUT_ANSWER = "BoundaryEvent_FeedbackClosedWithoutAnswer";
    static final String ERROR_FEEDBACK_CLOSED_WITHOUT_ANSWER = "FeedbackClosedWithoutAnswer";
    static final String TASK_READ_FEEDBACK = "Task_ReadFeedback";
    static final String BOUNDARY_FEEDBACK_NOT_READ = "BoundaryEvent_FeedbackNotRead";
    static final String END_FEEDBACK_READ = "EndEvent_FeedbackRead";
    static final String END_FEEDBACK_NOT_READ = "EndEvent_FeedbackNotRead";
    static final String TASK_AGREE_ACTIONS = "Task_AgreeActions";
    static final String GATEWAY_RECURRING = "Gateway_RecurringProblem";
    static final String TASK_JOINT_FORUM = "Task_PrepareJointForumItem";
    // internal
    static final String TASK_INVESTIGATE_INTERNAL = "Task_InvestigateInternal";
    static final String TASK_ACT_INTERNAL = "Task_TakeInternalActions";
    // complaint
    static final String TASK_ANSWER_CLIENT = "Task_AnswerClient";
    static final String TASK_ACT_COMPLAINT = "Task_TakeComplaintActions";
    // all
    static final String TASK_CLOSE = "Task_CloseDeviation";
    static final String END_CLOSED = "EndEvent_DeviationClosed";

    // --- Variables -----------------------------------------------------------------------------
    static final String DEVIATION_NUMBER = "deviationNumber";
    static final String REPORTER_ID = "reporterId";
    static final String REPORTER_TYPE = "reporterType";
    static final String RISK_FOR_CLIENT = "riskForClient";
    static final String CONCERNS_OTHER_ORGANISATION = "concernsOtherOrganisation";
    static final String ORGANISATION = "organisation";
    static final String CATEGORY = "category";
    static final String DESCRIPTION = "description";
    /** The category as reported, before triage. */
    static final String REPORTED_CATEGORY = "reportedCategory";
    static final String REPORTED_AT = "reportedAt";
    static final String REPORT_YEAR = "reportYear";
    /** The track the decision proposed; {@link #TRACK} is the track after triage. */
    static final String PROPOSED_TRACK = "proposedTrack";
    static final String TRACK = "track";
    static final String TRIAGED_AT = "triagedAt";
    /** {@link TriageOutcome}; missing means {@code AVVIKELSE} (the triage form's default). */
    static final String TRIAGE_OUTCOME = "triageOutcome";
    /** With {@code DUBBLETT}: the number of the deviation already reported. */
    static final String DUPLICATE_OF = "duplicateOf";
    /** With {@code INTE_AVVIKELSE} or {@code DUBBLETT}: why. */
    static final String TRIAGE_REASON = "triageReason";
    static final String FEEDBACK_DUE_AT = "feedbackDueAt";
    static final String FEEDBACK_TO_REPORTER = "feedbackToReporter";
    static final String FEEDBACK_GIVEN_AT = "feedbackGivenAt";
    static final String FEEDBACK_OVERDUE = "feedbackOverdue";
    static final String SERIOUS = "serious";
    static final String IMMEDIATE_REMEDY = "immediateRemedy";
    /** When and by whom the immediate remedy was recorded (the unit manager); shown in kvalitet's tasks. */
    static final String REMEDIED_AT = "remediedAt";
    static final String REMEDIED_BY = "remediedBy";
    /** When a notice to IVO was registered (either IVO task); set = IVO has been notified. */
    static final String IVO_NOTICE_PREPARED_AT = "ivoNoticePreparedAt";
    static final String IVO_NOTICE_DRAFT = "ivoNoticeDraft";
    /** The day the notice was sent to IVO ({@code 2026-03-01}) and IVO's diarienummer. */
    static final String IVO_NOTICE_SENT_ON = "ivoNoticeSentOn";
    static final String IVO_REFERENCE = "ivoReference";
    static final String SERIOUS_AFTER_INVESTIGATION = "seriousAfterInvestigation";
    static final String REASSESSMENT_MOTIVATION = "reassessmentMotivation";
    static final String RECURRING_PROBLEM = "recurringProblem";
    static final String SENT_TO_ORGANISATION_NOTE = "sentToOrganisationNote";
    static final String ORGANISATION_ANSWER = "organisationAnswer";
    static final String AGREED_ACTIONS = "agreedActions";
    static final String JOINT_FORUM_ITEM = "jointForumItem";
    static final String OVERDUE_NOTE = "overdueNote";
    /** {@link OverdueDecision}; missing means {@code PAMINN} (the form's default). */
    static final String OVERDUE_DECISION = "overdueDecision";
    /** True when the feedback loop was closed without the other organisation's answer. */
    static final String FEEDBACK_WITHOUT_ANSWER = "feedbackWithoutAnswer";
    static final String CLOSED_AT = "closedAt";

    /** Days from the report within which a collaboration deviation's reporter gets feedback. */
    static final int FEEDBACK_DAYS = 60;
    /** Days after "remind and wait" until the coordinator is asked again (the model's {@code P14D}). */
    static final int ASK_AGAIN_DAYS = 14;

    // --- Codes of CONTRACT.md ------------------------------------------------------------------
    enum ReporterType {
        PERSONAL, KLIENT, PARTNER
    }

    enum Category {
        HELHETSSYN("Brist på helhetssyn"),
        KLIENTFOKUS("Brist på klientfokus"),
        KOMMUNIKATION("Kommunikation"),
        INFORMATION("Information"),
        ATERKOPPLING("Återkopplingsrutiner"),
        SIP_SAKNAS("SIP saknas"),
        BEMOTANDE("Bemötande"),
        KOMPETENS("Kompetens"),
        OVRIGT("Övrigt");

        final String label;

        Category(String label) {
            this.label = label;
        }
    }

    enum Track {
        KLAGOMAL("Klagomål"),
        LEX_SARAH("Lex Sarah"),
        SAMVERKAN("Samverkansavvikelse"),
        INTERN("Intern avvikelse");

        final String label;

        Track(String label) {
            this.label = label;
        }
    }

    /** What triage found: a deviation to handle, or a report that ends here (not counted in the report). */
    enum TriageOutcome {
        AVVIKELSE("Ja, hantera avvikelsen"),
        INTE_AVVIKELSE("Nej, inte en avvikelse"),
        DUBBLETT("Nej, en dubblett av en annan avvikelse");

        final String label;

        TriageOutcome(String label) {
            this.label = label;
        }

        /** Whether a deviation with this outcome (null: not triaged yet, or the default) is counted. */
        static boolean counted(String outcome) {
            return !INTE_AVVIKELSE.name().equals(outcome) && !DUBBLETT.name().equals(outcome);
        }
    }

    /** The coordinator's choice when the 60 days have passed without feedback. */
    enum OverdueDecision {
        PAMINN("Påminn organisationen och vänta på svaret"),
        AVSLUTA_UTAN_SVAR("Avsluta återkopplingen utan organisationens svar");

        final String label;

        OverdueDecision(String label) {
            this.label = label;
        }
    }

    static boolean isCode(Class<? extends Enum<?>> codes, Object value) {
        if (!(value instanceof String s)) {
            return false;
        }
        for (Enum<?> e : codes.getEnumConstants()) {
            if (e.name().equals(s)) {
                return true;
            }
        }
        return false;
    }

    /** Every code with its label, in contract order. */
    static <E extends Enum<E>> Map<String, E> codes(Class<E> type) {
        Map<String, E> result = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            result.put(e.name(), e);
        }
        return result;
    }

    private DeviationHandling() {
    }
}
