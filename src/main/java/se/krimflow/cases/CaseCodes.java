package se.krimflow.cases;

import java.util.Arrays;

/**
 * Codes that one process sets and another reads (docs/process-interfaces.md), so that every
 * feature may import them from the one package they all know. The process that owns a code keeps
 * a constant that points here.
 */
public final class CaseCodes {

    /** Values of {@code mediationOutcome}: set by MediationOffer, read by the case and the statement. */
    public enum MediationOutcome {
        EJ_AKTUELL("Medling inte aktuell"),
        EJ_LAMPLIG("Medling bedömd som inte lämplig"),
        AVBOJD_AV_UNGDOMEN("Den unge tackade nej till medling"),
        AVBOJD_AV_BROTTSOFFRET("Brottsoffret samtyckte inte till medling"),
        AVBRUTEN("Medlingen avbröts"),
        GENOMFORD_MED_AVTAL("Medling genomförd, avtal träffat och fullföljt"),
        GENOMFORD_UTAN_AVTAL("Medling genomförd utan avtal"),
        AVTAL_EJ_FULLFOLJT("Medling genomförd, avtalet fullföljdes inte helt"),
        BROTTSOFFRET_EJ_NATT("Brottsoffret gick inte att nå");

        /** How the prosecutor reads the outcome in a statement. */
        public final String label;

        MediationOutcome(String label) {
            this.label = label;
        }

        /** The label of a code as stored in the variable; an unknown code is shown as it is. */
        public static String labelOf(Object code) {
            String text = String.valueOf(code);
            return Arrays.stream(values()).filter(o -> o.name().equals(text)).map(o -> o.label).findFirst()
                    .orElse(text);
        }
    }

    private CaseCodes() {
    }
}
