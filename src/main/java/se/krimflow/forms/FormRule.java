package se.krimflow.forms;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Component;

/**
 * Marks a feature's {@link FormRules} as a bean, so that it can stay package-private beside its
 * process: the application's component scan finds it, and so does the in-memory engine of the
 * process tests ({@code camunda.cfg.xml}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
public @interface FormRule {
}
