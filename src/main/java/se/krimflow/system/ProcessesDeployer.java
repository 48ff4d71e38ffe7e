package se.krimflow.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Deploys everything under {@code processes/} (BPMN, DMN, Camunda Forms) as one named deployment
 * with duplicate filtering on changed resources only: a restart without changes creates no new
 * version, and a changed file gets a new version of its definition alone. Every file is parsed
 * first, so a broken model stops start-up with its file name and nothing is half-deployed.
 * See docs/adr/0002-deploy-processes-folder.md.
 */
public final class ProcessesDeployer {

    public static final String DEPLOYMENT_NAME = "krimflow-processes";
    public static final String LOCATION = "classpath*:processes/";
    static final List<String> PATTERNS = List.of("**/*.bpmn", "**/*.dmn", "**/*.form");

    private static final Logger log = LoggerFactory.getLogger(ProcessesDeployer.class);

    private final ResourcePatternResolver resolver;
    private final String location;
    private final ObjectMapper json = new ObjectMapper();

    public ProcessesDeployer() {
        this(LOCATION);
    }

    /** @param location where the models are, ending in {@code processes/} (e.g. {@code file:/x/processes/}) */
    public ProcessesDeployer(String location) {
        this(new PathMatchingResourcePatternResolver(), location);
    }

    ProcessesDeployer(ResourcePatternResolver resolver, String location) {
        this.resolver = resolver;
        this.location = location.endsWith("/") ? location : location + "/";
    }

    public DeploymentWithDefinitions deploy(ProcessEngine engine) {
        List<ModelFile> files = readAll();
        if (files.isEmpty()) {
            log.warn("processes/ holds no models: nothing deployed");
            return null;
        }
        DeploymentBuilder builder = engine.getRepositoryService()
                .createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("processes/")
                .enableDuplicateFiltering(true);
        files.forEach(f -> builder.addInputStream(f.name(), new java.io.ByteArrayInputStream(f.content())));
        try {
            DeploymentWithDefinitions deployment = builder.deployWithResult();
            log.info("processes/: {} file(s) checked, {} new definition version(s) deployed", files.size(),
                    sizeOf(deployment.getDeployedProcessDefinitions())
                            + sizeOf(deployment.getDeployedDecisionDefinitions()));
            return deployment;
        } catch (ParseException e) {
            // The engine's own parser (e.g. a missing historyTimeToLive, an unknown form binding):
            // the deployment is one transaction, so nothing of it is saved.
            throw new InvalidModelException("processes/ was not deployed, the engine rejected "
                    + resourcesIn(e) + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new InvalidModelException("processes/ was not deployed: " + e.getMessage(), e);
        }
    }

    private static String resourcesIn(ParseException e) {
        List<String> names = e.getResorceReports() == null ? List.of()
                : e.getResorceReports().stream().filter(r -> !r.getErrors().isEmpty())
                        .map(r -> "processes/" + r.getResourceName()).distinct().toList();
        return names.isEmpty() ? "a model" : String.join(", ", names);
    }

    private static int sizeOf(List<?> list) {
        return list == null ? 0 : list.size();
    }

    /** Reads and parses every model file; throws naming the first file that does not parse. */
    List<ModelFile> readAll() {
        List<ModelFile> files = new ArrayList<>();
        for (String pattern : PATTERNS) {
            try {
                for (Resource resource : resolver.getResources(location + pattern)) {
                    String name = nameOf(resource);
                    byte[] content;
                    try (InputStream in = resource.getInputStream()) {
                        content = in.readAllBytes();
                    }
                    check(name, content);
                    files.add(new ModelFile(name, content));
                }
            } catch (IOException e) {
                throw new InvalidModelException("Could not read processes/" + pattern + ": " + e.getMessage(), e);
            }
        }
        return files;
    }

    private void check(String name, byte[] content) {
        try {
            if (name.endsWith(".bpmn")) {
                Bpmn.validateModel(Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(content)));
            } else if (name.endsWith(".dmn")) {
                Dmn.validateModel(Dmn.readModelFromStream(new java.io.ByteArrayInputStream(content)));
            } else {
                json.readTree(content);
            }
        } catch (Exception e) {
            throw new InvalidModelException("processes/" + name + " is not a valid model: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** The path below processes/, which is also the resource name in the deployment. */
    static String nameOf(Resource resource) throws IOException {
        String url = resource.getURL().toString();
        int at = url.lastIndexOf("/processes/");
        return at < 0 ? resource.getFilename() : url.substring(at + "/processes/".length());
    }

    record ModelFile(String name, byte[] content) {
    }

    /** Start-up stops with this: the message names the file and the problem. */
    public static final class InvalidModelException extends RuntimeException {
        InvalidModelException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Returns the latest deployment of processes/, if any (for tests and diagnostics). */
    public static Deployment latest(ProcessEngine engine) {
        return engine.getRepositoryService().createDeploymentQuery().deploymentName(DEPLOYMENT_NAME)
                .orderByDeploymentTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
    }
}
