package se.krimflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AssignableTypeFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every feature's form rules are a bean the engine gets, and each check names a form that exists
 * and that a process uses: rules without {@link FormRule}, or a misspelt form id, would never run,
 * silently.
 */
class FormRuleRegistrationTest {

    static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]+)\"");

    static List<Class<?>> ruleClasses = new ArrayList<>();
    static Set<String> formIds = new HashSet<>();
    static Set<String> formsUsedByProcesses = new HashSet<>();

    @BeforeAll
    static void scan() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(FormRules.class));
        for (BeanDefinition found : scanner.findCandidateComponents("se.krimflow")) {
            Class<?> type = Class.forName(found.getBeanClassName());
            if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers())
                    && type.getPackageName().startsWith("se.krimflow")) {
                ruleClasses.add(type);
            }
        }
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        ObjectMapper json = new ObjectMapper();
        for (Resource form : resolver.getResources("classpath*:processes/*.form")) {
            try (InputStream in = form.getInputStream()) {
                formIds.add(json.readTree(in).path("id").asText());
            }
        }
        for (Resource bpmn : resolver.getResources("classpath*:processes/*.bpmn")) {
            Matcher m = FORM_REF.matcher(read(bpmn));
            while (m.find()) {
                formsUsedByProcesses.add(m.group(1));
            }
        }
    }

    static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static FormRules instantiate(Class<?> type) throws Exception {
        Constructor<?> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return (FormRules) constructor.newInstance();
    }

    @Test
    void theScanFindsTheRulesOfEveryProcess() {
        assertThat(ruleClasses).extracting(Class::getPackageName).contains("se.krimflow.interrogation",
                "se.krimflow.mediation", "se.krimflow.statement", "se.krimflow.sanction", "se.krimflow.deviation");
        assertThat(formIds).contains("RegisterPoliceNotification", "ReportDeviation");
    }

    @Test
    void everyFeaturesRulesAreABeanTheEngineGets() {
        assertThat(ruleClasses).allSatisfy(type -> assertThat(type.isAnnotationPresent(FormRule.class))
                .as("%s is marked @FormRule", type.getName()).isTrue());
    }

    @Test
    void everyCheckIsForAFormOfProcessesThatAProcessUsesAndOnlyOne() throws Exception {
        Set<String> checked = new HashSet<>();
        for (Class<?> type : ruleClasses) {
            for (String formId : instantiate(type).checks().keySet()) {
                assertThat(formIds).as("the form %s of %s exists in processes/", formId, type.getName())
                        .contains(formId);
                assertThat(formsUsedByProcesses).as("a BPMN uses the form %s of %s", formId, type.getName())
                        .contains(formId);
                assertThat(checked.add(formId)).as("one check per form: %s", formId).isTrue();
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void twoChecksOfOneFormStopTheEngineFromStarting() {
        FormRules first = () -> java.util.Map.of("DeviationTriage", (values, errors) -> { });
        FormRules second = () -> java.util.Map.of("DeviationTriage", (values, errors) -> { });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FormSchemaValidator(List.of(first, second)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DeviationTriage");
    }
}
