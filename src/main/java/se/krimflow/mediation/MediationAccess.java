package se.krimflow.mediation;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;

import se.krimflow.cases.YouthCrimeCase;
import se.krimflow.system.EndpointAccess;
import se.krimflow.system.KrimflowGroup;
import se.krimflow.system.ProcessAccess;

/**
 * Who may see what of the mediation. Both processes are started only by the engine (a call
 * activity), so no group starts them. Krimteamet works its own tasks through the candidate group;
 * the unit manager oversees the mediation in Cockpit but NOT the victim's record, which only Mobila
 * teamet reads (brottsofferstöd is left out: the victim's consent to victim support is a separate
 * matter, least privilege). The victim's record is its own root instance (not part of the case's
 * hierarchy), so nothing the case's groups may read reaches it.
 */
@Configuration
class MediationAccess {

    @Bean
    ProcessAccess mediationOfferAccess() {
        return new ProcessAccess(MediationOffer.KEY, Set.of(),
                Set.of(KrimflowGroup.ID_KRIMTEAMET_CHEF),
                Set.of(KrimflowGroup.ID_KRIMTEAMET_CHEF));
    }

    /** A withdrawal is recorded by the case's workers and by the mediator. */
    static final Set<String> WITHDRAWAL_CALLERS = union(YouthCrimeCase.CASE_WORKERS, KrimflowGroup.ID_MOBILA_TEAMET);

    @Bean
    EndpointAccess mediationWithdrawalAccess() {
        return EndpointAccess.forGroups(HttpMethod.POST, "/api/cases/*/mediation-withdrawal", WITHDRAWAL_CALLERS);
    }

    private static Set<String> union(Set<String> groups, String group) {
        java.util.HashSet<String> all = new java.util.HashSet<>(groups);
        all.add(group);
        return Set.copyOf(all);
    }

    @Bean
    ProcessAccess mediationVictimRecordAccess() {
        return new ProcessAccess(MediationVictimRecord.KEY, Set.of(),
                Set.of(KrimflowGroup.ID_MOBILA_TEAMET),
                Set.of(KrimflowGroup.ID_MOBILA_TEAMET));
    }
}
