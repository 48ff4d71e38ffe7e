package se.krimflow.system.keycloak;

import java.util.Map;

import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Profile keycloak: Camunda's webapps take the Spring Security user into their session, after Spring Security. */
@Configuration
@Profile("keycloak")
class CamundaContainerAuthentication {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerBasedAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("krimflow container-based authentication");
        registration.setInitParameters(Map.of("authentication-provider",
                SpringSecurityAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(201);
        return registration;
    }
}
