package se.krimflow.system;

import org.camunda.bpm.engine.ProcessEngines;

/**
 * The REST API and the webapps find the engine through {@link ProcessEngines}. On its first lookup
 * it scans the classpath for a {@code camunda.cfg.xml} and builds (and registers as "default") an
 * engine from each one it finds: with the in-memory test configuration on the test classpath, the
 * integration tests' REST calls would silently run against a second, in-memory engine. The Spring
 * engine has registered itself already, so the scan is switched off.
 */
final class EngineRegistry extends ProcessEngines {

    private EngineRegistry() {
    }

    static synchronized void skipClasspathScan() {
        isInitialized = true;
    }
}
