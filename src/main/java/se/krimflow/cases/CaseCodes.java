package se.krimflow.cases;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Codes that one process sets and another reads (docs/process-interfaces.md), so that every
 * feature may import them from the one package they all know. The process that owns a code keeps
 * a constant that points here.
 */
public final class CaseCodes {

    /** Values of {@code mediationOutcome}, set by MediationOffer, read by the case and the statement. */
    public static final String MEDIATION_NOT_APPLICABLE = "EJ_AKTUELL";
    public static final String MEDIATION_NOT_SUITABLE = "EJ_LAMPLIG";
    public static final String MEDIATION_DECLINED_BY_YOUTH = "AVBOJD_AV_UNGDOMEN";
    public static final String MEDIATION_DECLINED_BY_VICTIM = "AVBOJD_AV_BROTTSOFFRET";
    public static final String MEDIATION_WITHDRAWN = "AVBRUTEN";
    public static final String MEDIATION_WITH_AGREEMENT = "GENOMFORD_MED_AVTAL";
    public static final String MEDIATION_WITHOUT_AGREEMENT = "GENOMFORD_UTAN_AVTAL";
    public static final String MEDIATION_AGREEMENT_NOT_FULFILLED = "AVTAL_EJ_FULLFOLJT";

    /** Each mediation outcome as the prosecutor reads it in a statement. */
    public static final Map<String, String> MEDIATION_OUTCOME_LABELS;

    static {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(MEDIATION_NOT_APPLICABLE, "Medling inte aktuell");
        labels.put(MEDIATION_NOT_SUITABLE, "Medling bedömd som inte lämplig");
        labels.put(MEDIATION_DECLINED_BY_YOUTH, "Den unge tackade nej till medling");
        labels.put(MEDIATION_DECLINED_BY_VICTIM, "Brottsoffret samtyckte inte till medling");
        labels.put(MEDIATION_WITHDRAWN, "Medlingen avbröts");
        labels.put(MEDIATION_WITH_AGREEMENT, "Medling genomförd, avtal träffat och fullföljt");
        labels.put(MEDIATION_WITHOUT_AGREEMENT, "Medling genomförd utan avtal");
        labels.put(MEDIATION_AGREEMENT_NOT_FULFILLED, "Medling genomförd, avtalet fullföljdes inte helt");
        MEDIATION_OUTCOME_LABELS = Map.copyOf(labels);
    }

    private CaseCodes() {
    }
}
