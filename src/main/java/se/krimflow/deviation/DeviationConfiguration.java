package se.krimflow.deviation;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import se.krimflow.system.EndpointAccess;
import se.krimflow.system.KrimflowGroup;
import se.krimflow.system.ProcessAccess;

/**
 * Who may do what with {@code DeviationHandling}: everyone reports, {@code kvalitet} oversees; the
 * reports are for {@code kvalitet}, the unit manager and the administrator.
 */
@Configuration
class DeviationConfiguration {

    @Bean
    ProcessAccess deviationHandlingAccess() {
        Set<String> everyone = Arrays.stream(KrimflowGroup.values()).map(KrimflowGroup::id)
                .collect(Collectors.toUnmodifiableSet());
        return new ProcessAccess(DeviationHandling.KEY, everyone, Set.of(KrimflowGroup.ID_KVALITET),
                Set.of(KrimflowGroup.ID_KVALITET));
    }

    @Bean
    EndpointAccess reportDeviationAccess() {
        return EndpointAccess.forAnyAuthenticated(HttpMethod.POST, "/api/deviations");
    }

    /** All of /api/reports: the deviation reports are the only reports. */
    @Bean
    EndpointAccess reportsAccess() {
        return EndpointAccess.forGroups(null, "/api/reports/**", Set.of(KrimflowGroup.ID_KVALITET,
                KrimflowGroup.ID_KRIMTEAMET_CHEF, KrimflowGroup.ID_CAMUNDA_ADMIN));
    }
}
