package se.krimflow.deviation;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.krimflow.system.KrimflowGroup;
import se.krimflow.system.ProcessAccess;

/** Who may do what with {@code DeviationHandling}: everyone reports, {@code kvalitet} oversees. */
@Configuration
class DeviationConfiguration {

    @Bean
    ProcessAccess deviationHandlingAccess() {
        Set<String> everyone = Arrays.stream(KrimflowGroup.values()).map(KrimflowGroup::id)
                .collect(Collectors.toUnmodifiableSet());
        return new ProcessAccess(DeviationHandling.KEY, everyone, Set.of(KrimflowGroup.ID_KVALITET),
                Set.of(KrimflowGroup.ID_KVALITET));
    }
}
