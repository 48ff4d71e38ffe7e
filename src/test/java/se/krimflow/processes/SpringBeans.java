package se.krimflow.processes;

import java.lang.reflect.Method;
import java.net.URL;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;

import se.krimflow.KrimflowApplication;

/**
 * The beans the application defines, by name, read from its classes without starting it: every
 * class its component scan finds ({@code @Component} and its stereotypes, {@code @Configuration}),
 * named as Spring names it, and every {@code @Bean} method of those classes (its names, else the
 * method's name). Profiles are ignored: a bean of any profile counts.
 */
final class SpringBeans {

    /** A bean: its name, the type it is declared as, and where. */
    record Definition(String name, Class<?> type, String declaredBy) {
    }

    private SpringBeans() {
    }

    static Map<String, Definition> ofTheApplication() {
        URL main = KrimflowApplication.class.getProtectionDomain().getCodeSource().getLocation();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent() && definition.getMetadata().isConcrete();
            }
        };
        SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
        Map<String, Definition> beans = new TreeMap<>();
        for (BeanDefinition found : scanner.findCandidateComponents(KrimflowApplication.class.getPackageName())) {
            Class<?> type = load(found.getBeanClassName());
            if (!Objects.equals(type.getProtectionDomain().getCodeSource().getLocation(), main)) {
                continue; // a test class
            }
            String name = AnnotationBeanNameGenerator.INSTANCE.generateBeanName(found, registry);
            beans.put(name, new Definition(name, type, type.getName()));
            for (Method method : type.getDeclaredMethods()) {
                Bean bean = AnnotatedElementUtils.findMergedAnnotation(method, Bean.class);
                if (bean == null) {
                    continue;
                }
                String[] names = bean.name().length > 0 ? bean.name() : new String[] { method.getName() };
                for (String beanName : names) {
                    beans.put(beanName, new Definition(beanName, method.getReturnType(),
                            type.getName() + "." + method.getName() + "()"));
                }
            }
        }
        return beans;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SpringBeans.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
