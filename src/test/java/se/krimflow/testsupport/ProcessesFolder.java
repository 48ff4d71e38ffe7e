package se.krimflow.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.krimflow.forms.FormRules;

/**
 * The models of a processes/ folder as the tests read them: BPMN and DMN with Camunda's model API,
 * Camunda Forms as JSON, each by its file name. {@link #deployed()} is the folder the application
 * deploys (processes/ on the classpath); {@link #at(Path)} is any folder, e.g. a test's copy with a
 * deliberate fault. Also the feature's {@link FormRules}, found as the application's scan finds them.
 */
public final class ProcessesFolder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    private ProcessesFolder(Path dir) {
        this.dir = dir;
    }

    /** processes/ as the build puts it on the classpath, which is what the application deploys. */
    public static ProcessesFolder deployed() {
        URL url = ProcessesFolder.class.getClassLoader().getResource("processes");
        if (url == null || !"file".equals(url.getProtocol())) {
            throw new IllegalStateException("processes/ is not a folder on the test classpath: " + url);
        }
        try {
            return new ProcessesFolder(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ProcessesFolder at(Path dir) {
        return new ProcessesFolder(dir);
    }

    public Path dir() {
        return dir;
    }

    /** The names of the files ending in {@code extension} directly in the folder, sorted. */
    public List<String> files(String extension) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** File name → model, for every .bpmn file. */
    public Map<String, BpmnModelInstance> bpmn() {
        Map<String, BpmnModelInstance> models = new TreeMap<>();
        files(".bpmn").forEach(name -> models.put(name, bpmn(name)));
        return models;
    }

    public BpmnModelInstance bpmn(String fileName) {
        try (InputStream in = Files.newInputStream(dir.resolve(fileName))) {
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** File name → model, for every .dmn file. */
    public Map<String, DmnModelInstance> dmn() {
        Map<String, DmnModelInstance> models = new TreeMap<>();
        for (String name : files(".dmn")) {
            try (InputStream in = Files.newInputStream(dir.resolve(name))) {
                models.put(name, Dmn.readModelFromStream(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return models;
    }

    /** File name → schema, for every .form file. */
    public Map<String, JsonNode> forms() {
        Map<String, JsonNode> forms = new TreeMap<>();
        files(".form").forEach(name -> forms.put(name, form(name)));
        return forms;
    }

    public JsonNode form(String fileName) {
        try {
            return JSON.readTree(dir.resolve(fileName).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Form id (the {@code id} inside the file) → schema. */
    public Map<String, JsonNode> formsById() {
        Map<String, JsonNode> byId = new TreeMap<>();
        forms().values().forEach(form -> byId.put(form.path("id").asText(), form));
        return byId;
    }

    /** Every field key of a form, nested groups included, in the order of the form. */
    public static Set<String> fieldKeys(JsonNode form) {
        Set<String> keys = new LinkedHashSet<>();
        collectKeys(form.path("components"), keys);
        return keys;
    }

    private static void collectKeys(JsonNode components, Set<String> keys) {
        for (Iterator<JsonNode> it = components.elements(); it.hasNext();) {
            JsonNode c = it.next();
            if (c.hasNonNull("key")) {
                keys.add(c.get("key").asText());
            }
            collectKeys(c.path("components"), keys);
        }
    }

    /** Every concrete {@link FormRules} class of se.krimflow, found as the application's component scan finds it. */
    public static List<Class<?>> formRuleClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(FormRules.class));
        List<Class<?>> classes = new ArrayList<>();
        for (BeanDefinition found : scanner.findCandidateComponents("se.krimflow")) {
            try {
                Class<?> type = Class.forName(found.getBeanClassName());
                if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                    classes.add(type);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return classes;
    }

    /** A rule class made as the application makes it (they are stateless, with a no-argument constructor). */
    public static FormRules instantiate(Class<?> type) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (FormRules) constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make " + type.getName(), e);
        }
    }
}
