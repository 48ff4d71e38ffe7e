package se.krimflow.mediation;

/**
 * Backing class of the process {@code MediationVictimRecord} (Brottsoffrets uppgifter i medling):
 * the victim's details (name, contact, consent) live only in this process instance, which
 * {@link MediationOffer} calls. Only Mobila teamet may read it (see {@code MediationAccess});
 * only the consent answer flows back to the mediation, as {@link MediationOffer#VAR_VICTIM_CONSENTS}.
 */
public final class MediationVictimRecord {

    public static final String KEY = "MediationVictimRecord";

    public static final String START = "StartEvent_VictimContactRequested";
    public static final String TASK_RECORD_VICTIM = "Task_RecordVictimDetailsAndConsent";
    public static final String END = "EndEvent_VictimAnswerRecorded";

    public static final String FORM_RECORD_VICTIM = "RecordVictimDetails";

    public static final String VAR_CASE_NUMBER = MediationOffer.VAR_CASE_NUMBER;
    public static final String VAR_VICTIM_NAME = "victimName";
    public static final String VAR_VICTIM_CONTACT = "victimContact";
    public static final String VAR_VICTIM_IS_MINOR = "victimIsMinor";
    public static final String VAR_VICTIM_GUARDIAN_CONTACT = "victimGuardianContact";
    public static final String VAR_VICTIM_CONSENT_ANSWER = "victimConsentAnswer";

    public static final String CONSENTS = "SAMTYCKER";
    public static final String DOES_NOT_CONSENT = "SAMTYCKER_INTE";

    private MediationVictimRecord() {
    }
}
