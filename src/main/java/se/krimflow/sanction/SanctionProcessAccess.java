package se.krimflow.sanction;

import static se.krimflow.system.KrimflowGroup.ID_KRIMTEAMET_CHEF;
import static se.krimflow.system.KrimflowGroup.ID_UNGDOMSTJANST;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import se.krimflow.cases.YouthCrimeCase;
import se.krimflow.system.EndpointAccess;
import se.krimflow.system.ProcessAccess;

/**
 * Who may do what with SanctionFollowUp. Nobody starts it by hand: it is called by YouthCrimeCase
 * when {@code SanctionDecided} arrives. The unit manager watches it in Cockpit and, like the
 * youth-service coordinators, may see and reassign all its tasks (sick leave, holidays). The sanction
 * and prosecutor-response endpoints take the case groups and the youth-service coordinators.
 */
@Configuration
class SanctionProcessAccess {

    @Bean
    ProcessAccess sanctionFollowUpAccess() {
        return new ProcessAccess(SanctionFollowUp.KEY, Set.of(), Set.of(ID_KRIMTEAMET_CHEF),
                Set.of(ID_KRIMTEAMET_CHEF, ID_UNGDOMSTJANST));
    }

    /** The case groups and the youth-service coordinators (CONTRACT.md). */
    static final Set<String> SANCTION_CALLERS = Stream.concat(YouthCrimeCase.CASE_WORKERS.stream(),
            Stream.of(ID_UNGDOMSTJANST)).collect(Collectors.toUnmodifiableSet());

    @Bean
    EndpointAccess sanctionAccess() {
        return EndpointAccess.forGroups(HttpMethod.POST, "/api/cases/*/sanction", SANCTION_CALLERS);
    }

    @Bean
    EndpointAccess prosecutorResponseAccess() {
        return EndpointAccess.forGroups(HttpMethod.POST, "/api/cases/*/prosecutor-response", SANCTION_CALLERS);
    }
}
