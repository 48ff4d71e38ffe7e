package se.krimflow.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Servlet filters in front of the engine's REST API and the webapps' API (they run after Spring
 * Security, order -100, and before the Jersey servlets), and the scheduler for TasklistFilters.
 */
@Configuration
@EnableScheduling
class WebConfiguration {

    static final String[] ENGINE_APIS = { "/engine-rest/*", "/camunda/api/engine/*" };

    @Bean
    FilterRegistrationBean<ExpressionQueryGuard> expressionQueryGuard() {
        FilterRegistrationBean<ExpressionQueryGuard> bean = new FilterRegistrationBean<>(new ExpressionQueryGuard());
        bean.addUrlPatterns(ENGINE_APIS);
        bean.setOrder(0);
        return bean;
    }

    @Bean
    FilterRegistrationBean<MyTasksFilterCreator> myTasksFilterCreator(TasklistFilters filters) {
        FilterRegistrationBean<MyTasksFilterCreator> bean = new FilterRegistrationBean<>(new MyTasksFilterCreator(filters));
        bean.addUrlPatterns(ENGINE_APIS);
        bean.setOrder(1);
        return bean;
    }
}
