package se.krimflow.system;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The groups of CONTRACT.md: the one place in the code base that defines them. Keycloak's realm
 * file is kept in step with this enum by a test.
 */
public enum KrimflowGroup {

    KRIMTEAMET("krimteamet", "Krimteamet", EnumSet.of(Webapp.TASKLIST)),
    KRIMTEAMET_CHEF("krimteamet-chef", "Krimteamet, enhetschef", EnumSet.of(Webapp.TASKLIST, Webapp.COCKPIT)),
    HANDLAGGARE("handlaggare", "Handläggare", EnumSet.of(Webapp.TASKLIST)),
    MOBILA_TEAMET("mobila-teamet", "Mobila teamet", EnumSet.of(Webapp.TASKLIST)),
    UNGDOMSTJANST("ungdomstjanst", "Ungdomstjänstsamordnare", EnumSet.of(Webapp.TASKLIST)),
    KVALITET("kvalitet", "Kvalitetssamordnare", EnumSet.of(Webapp.TASKLIST, Webapp.COCKPIT)),
    BROTTSOFFERSTOD("brottsofferstod", "Brottsofferstöd", EnumSet.of(Webapp.TASKLIST)),
    CAMUNDA_ADMIN("camunda-admin", "Systemförvaltare", EnumSet.of(Webapp.TASKLIST, Webapp.COCKPIT, Webapp.ADMIN));

    /** Group ids as constants, for annotations and models. */
    public static final String ID_KRIMTEAMET = "krimteamet";
    public static final String ID_KRIMTEAMET_CHEF = "krimteamet-chef";
    public static final String ID_HANDLAGGARE = "handlaggare";
    public static final String ID_MOBILA_TEAMET = "mobila-teamet";
    public static final String ID_UNGDOMSTJANST = "ungdomstjanst";
    public static final String ID_KVALITET = "kvalitet";
    public static final String ID_BROTTSOFFERSTOD = "brottsofferstod";
    public static final String ID_CAMUNDA_ADMIN = "camunda-admin";

    private final String id;
    private final String displayName;
    private final Set<Webapp> webapps;

    KrimflowGroup(String id, String displayName, Set<Webapp> webapps) {
        this.id = id;
        this.displayName = displayName;
        this.webapps = webapps;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Webapp> webapps() {
        return webapps;
    }

    public static Optional<KrimflowGroup> byId(String id) {
        return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
    }

    /** The Camunda webapps; the ids are Camunda's application resource ids. */
    public enum Webapp {
        TASKLIST("tasklist"), COCKPIT("cockpit"), ADMIN("admin");

        private final String resourceId;

        Webapp(String resourceId) {
            this.resourceId = resourceId;
        }

        public String resourceId() {
            return resourceId;
        }
    }
}
