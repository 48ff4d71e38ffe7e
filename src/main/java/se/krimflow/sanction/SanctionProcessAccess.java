package se.krimflow.sanction;

import static se.krimflow.system.KrimflowGroup.ID_KRIMTEAMET_CHEF;
import static se.krimflow.system.KrimflowGroup.ID_UNGDOMSTJANST;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.krimflow.system.ProcessAccess;

/**
 * Who may do what with SanctionFollowUp. Nobody starts it by hand: it is called by YouthCrimeCase
 * when {@code SanctionDecided} arrives. The unit manager watches it in Cockpit and, like the
 * youth-service coordinators, may see and reassign all its tasks (sick leave, holidays).
 */
@Configuration
class SanctionProcessAccess {

    @Bean
    ProcessAccess sanctionFollowUpAccess() {
        return new ProcessAccess(SanctionFollowUp.KEY, Set.of(), Set.of(ID_KRIMTEAMET_CHEF),
                Set.of(ID_KRIMTEAMET_CHEF, ID_UNGDOMSTJANST));
    }
}
