package se.krimflow.cases;

import java.util.Set;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import se.krimflow.system.EndpointAccess;
import se.krimflow.system.KrimflowGroup;
import se.krimflow.system.ProcessAccess;

/** Beans of the case package: case numbers, the start listener, and who may do what with a case and its endpoints. */
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

    /** The case's stale timer moves with every completed task of the case (see CaseActivity). */
    @Bean
    ProcessEnginePlugin caseActivity() {
        return new CaseActivity();
    }

    @Bean
    ProcessAccess youthCrimeCaseAccess() {
        return new ProcessAccess(YouthCrimeCase.KEY,
                YouthCrimeCase.CASE_WORKERS,
                Set.of(KrimflowGroup.ID_KRIMTEAMET_CHEF),
                Set.of(KrimflowGroup.ID_KRIMTEAMET_CHEF));
    }

    @Bean
    EndpointAccess startCaseAccess() {
        return EndpointAccess.forGroups(HttpMethod.POST, "/api/cases", YouthCrimeCase.CASE_WORKERS);
    }

    /** The case overview (CONTRACT.md); the answer holds only the cases the caller may read. */
    @Bean
    EndpointAccess caseOverviewAccess() {
        return EndpointAccess.forGroups(HttpMethod.GET, "/api/cases", YouthCrimeCase.CASE_WORKERS);
    }

    /** Every case endpoint not declared more specifically by another feature. */
    @Bean
    EndpointAccess caseEndpointsAccess() {
        return EndpointAccess.forGroups(null, "/api/cases/**", YouthCrimeCase.CASE_WORKERS);
    }
}
