package se.krimflow.statement;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.krimflow.system.KrimflowGroup;
import se.krimflow.system.ProcessAccess;

/**
 * StatementWriting is started only by YouthCrimeCase (call activity), so nobody starts it
 * directly. The unit manager oversees it in Cockpit and may see and reassign all its tasks.
 */
@Configuration
class StatementAccess {

    @Bean
    ProcessAccess statementWritingAccess() {
        return new ProcessAccess(StatementWriting.KEY, Set.of(),
                Set.of(KrimflowGroup.ID_KRIMTEAMET_CHEF), Set.of(KrimflowGroup.ID_KRIMTEAMET_CHEF));
    }
}
