package se.krimflow.system;

import static se.krimflow.system.KrimflowGroup.ID_CAMUNDA_ADMIN;
import static se.krimflow.system.KrimflowGroup.ID_HANDLAGGARE;
import static se.krimflow.system.KrimflowGroup.ID_KRIMTEAMET;
import static se.krimflow.system.KrimflowGroup.ID_KRIMTEAMET_CHEF;
import static se.krimflow.system.KrimflowGroup.ID_KVALITET;
import static se.krimflow.system.KrimflowGroup.ID_UNGDOMSTJANST;

/** Which groups may call which part of the intake API (CONTRACT.md). Authorities are "GROUP_" + id. */
public final class ApiAccess {

    public static final String AUTHORITY_PREFIX = "GROUP_";

    static final String[] CASE_GROUPS = authorities(ID_KRIMTEAMET, ID_KRIMTEAMET_CHEF, ID_HANDLAGGARE);
    static final String[] SANCTION_GROUPS = authorities(ID_KRIMTEAMET, ID_KRIMTEAMET_CHEF, ID_HANDLAGGARE,
            ID_UNGDOMSTJANST);
    static final String[] REPORT_GROUPS = authorities(ID_KVALITET, ID_KRIMTEAMET_CHEF, ID_CAMUNDA_ADMIN);

    public static String[] authorities(String... groupIds) {
        String[] result = new String[groupIds.length];
        for (int i = 0; i < groupIds.length; i++) {
            result[i] = AUTHORITY_PREFIX + groupIds[i];
        }
        return result;
    }

    private ApiAccess() {
    }
}
