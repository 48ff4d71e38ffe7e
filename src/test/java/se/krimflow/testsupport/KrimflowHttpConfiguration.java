package se.krimflow.testsupport;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Scope;
import org.springframework.core.env.Environment;

/**
 * {@link KrimflowHttp} for the ITs of {@link KrimflowIntegrationTest}: {@code @Autowired KrimflowHttp http}
 * gives each test instance a client of its own (its own cookies) on the application's port.
 */
@TestConfiguration(proxyBeanMethods = false)
public class KrimflowHttpConfiguration {

    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    KrimflowHttp krimflowHttp(Environment environment) {
        return new KrimflowHttp(environment.getRequiredProperty("local.server.port", Integer.class));
    }
}
