package se.krimflow.cases;

import java.util.Set;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.krimflow.system.KrimflowGroup;
import se.krimflow.system.ProcessAccess;

/** Beans of the case package: case numbers, the start listener, and who may do what with a case. */
@Configuration
class CasesConfiguration {

    @Bean
    CaseNumbers caseNumbers(DataSource dataSource) {
        return new CaseNumbers(dataSource);
    }

    @Bean(YouthCrimeCase.BEAN_REGISTER_CASE)
    RegisterPoliceNotification registerPoliceNotification(CaseNumbers caseNumbers) {
        return new RegisterPoliceNotification(caseNumbers);
    }

    @Bean
    ProcessAccess youthCrimeCaseAccess() {
        return new ProcessAccess(YouthCrimeCase.KEY,
                Set.of(KrimflowGroup.ID_KRIMTEAMET, KrimflowGroup.ID_KRIMTEAMET_CHEF, KrimflowGroup.ID_HANDLAGGARE),
                Set.of(KrimflowGroup.ID_KRIMTEAMET_CHEF),
                Set.of(KrimflowGroup.ID_KRIMTEAMET_CHEF));
    }
}
