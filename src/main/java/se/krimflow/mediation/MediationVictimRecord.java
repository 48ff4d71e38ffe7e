package se.krimflow.mediation;

/**
 * Backing class of the process {@code MediationVictimRecord} (Brottsoffrets uppgifter i medling):
 * the victim's details (name, contact, consent) live only in this process instance. It is a record
 * of its own: its own number as business key ({@code MED-2026-000001}, {@link VictimRecordNumbers}),
 * its own root instance (opened by {@link MediationOffer}'s step "Kontakta brottsoffret", not a
 * called sub-instance of the offender's case), so its own history time to live applies
 * (docs/adr/0014-victim-record.md). Only Mobila teamet may read it (see {@code MediationAccess});
 * only the answer (consent, not reached, withdrawal) goes back to the mediation, as the message
 * {@link MediationOffer#MESSAGE_VICTIM_ANSWER_RECORDED}.
 */
public final class MediationVictimRecord {

    public static final String KEY = "MediationVictimRecord";

    public static final String START = "StartEvent_VictimContactRequested";
    public static final String GATEWAY_TO_RECORD_VICTIM = "Gateway_ToRecordVictim";
    public static final String TASK_RECORD_VICTIM = "Task_RecordVictimDetailsAndConsent";
    public static final String GATEWAY_VICTIM_REACHED = "Gateway_VictimReached";
    /** Timer: the next attempt to reach the victim is due on {@link #VAR_NEXT_CONTACT_ATTEMPT_DATE}. */
    public static final String EVENT_NEXT_CONTACT_ATTEMPT_DUE = "CatchEvent_NextContactAttemptDue";
    public static final String END = "EndEvent_VictimAnswerRecorded";

    public static final String FORM_RECORD_VICTIM = "RecordVictimDetails";

    /** The offender's case number: a link for Mobila teamet, never this record's business key. */
    public static final String VAR_CASE_NUMBER = MediationOffer.VAR_CASE_NUMBER;
    /** This record's own number (= business key). */
    public static final String VAR_RECORD_NUMBER = MediationOffer.VAR_VICTIM_RECORD_NUMBER;
    /** The mediation to answer (process instance id). */
    public static final String VAR_MEDIATION_INSTANCE = "mediationProcessInstanceId";
    public static final String VAR_SIX_WEEK_LIMIT_ON = MediationOffer.VAR_SIX_WEEK_LIMIT_ON;
    public static final String VAR_VICTIM_NAME = "victimName";
    public static final String VAR_VICTIM_CONTACT = "victimContact";
    public static final String VAR_VICTIM_IS_MINOR = "victimIsMinor";
    public static final String VAR_VICTIM_GUARDIAN_CONTACT = "victimGuardianContact";
    public static final String VAR_VICTIM_CONSENT_ANSWER = "victimConsentAnswer";
    /** Not reached, try again: the day of the next attempt ("2026-12-01"). */
    public static final String VAR_NEXT_CONTACT_ATTEMPT_DATE = "nextContactAttemptDate";
    /** How many new attempts were planned so far. */
    public static final String VAR_CONTACT_ATTEMPTS = "contactAttempts";
    public static final String VAR_WITHDRAWN = MediationOffer.VAR_WITHDRAWN;
    public static final String VAR_WITHDRAWN_BY = MediationOffer.VAR_WITHDRAWN_BY;

    public static final String CONSENTS = "SAMTYCKER";
    public static final String DOES_NOT_CONSENT = "SAMTYCKER_INTE";
    /** Not reached this time: a new attempt on {@link #VAR_NEXT_CONTACT_ATTEMPT_DATE}. */
    public static final String NOT_REACHED_TRY_AGAIN = "NAS_INTE";
    /** Not reached, no more attempts: the mediation ends (outcome BROTTSOFFRET_EJ_NATT). */
    public static final String NOT_REACHED_GIVE_UP = "GICK_INTE_ATT_NA";

    /** How many new attempts may be planned; then the mediator records a final answer. */
    public static final int MAX_CONTACT_ATTEMPTS = 3;
    /** The longest time to the next attempt, in days. */
    public static final int MAX_DAYS_TO_NEXT_ATTEMPT = 30;
    /** History time to live of the record, in days (docs/adr/0014-victim-record.md). */
    public static final int HISTORY_TIME_TO_LIVE_DAYS = 730;

    private MediationVictimRecord() {
    }
}
