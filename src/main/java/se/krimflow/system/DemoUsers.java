package se.krimflow.system;

import java.util.List;

/**
 * The demo users of CONTRACT.md (password = user id). They exist only on the embedded default or
 * when the {@code demo} profile is asked for; the Keycloak development realm mirrors them.
 */
public final class DemoUsers {

    public record DemoUser(String id, String firstName, String lastName, KrimflowGroup group) {
        public String password() {
            return id;
        }
    }

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("krim1", "Kim", "Krimteamet", KrimflowGroup.KRIMTEAMET),
            new DemoUser("krimchef1", "Karin", "Enhetschef", KrimflowGroup.KRIMTEAMET_CHEF),
            new DemoUser("handlaggare1", "Hanna", "Handläggare", KrimflowGroup.HANDLAGGARE),
            new DemoUser("mobila1", "Mohammed", "Mobila teamet", KrimflowGroup.MOBILA_TEAMET),
            new DemoUser("ungdomstjanst1", "Ulla", "Ungdomstjänst", KrimflowGroup.UNGDOMSTJANST),
            new DemoUser("kvalitet1", "Kalle", "Kvalitet", KrimflowGroup.KVALITET),
            new DemoUser("brottsoffer1", "Britt", "Brottsofferstöd", KrimflowGroup.BROTTSOFFERSTOD),
            new DemoUser("admin", "Ada", "Systemförvaltare", KrimflowGroup.CAMUNDA_ADMIN));

    private DemoUsers() {
    }
}
