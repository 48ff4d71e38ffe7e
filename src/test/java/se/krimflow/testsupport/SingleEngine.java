package se.krimflow.testsupport;

import org.camunda.bpm.engine.ProcessEngines;

/**
 * The webapps and the REST API look the engine up through {@link ProcessEngines}, whose first
 * lookup scans the classpath for a camunda.cfg.xml; the test classpath has one (the in-memory
 * engine of the process tests), so without this a second engine would answer the webapps.
 * (The application does the same at start-up once system/EngineRegistry is merged.)
 */
public final class SingleEngine extends ProcessEngines {

    private SingleEngine() {
    }

    public static synchronized void noClasspathScan() {
        isInitialized = true;
    }
}
