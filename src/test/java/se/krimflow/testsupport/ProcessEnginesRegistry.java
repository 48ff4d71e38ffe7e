package se.krimflow.testsupport;

import org.camunda.bpm.engine.ProcessEngines;

/**
 * Keeps Camunda's static engine registry from building a second engine out of the in-memory test
 * configuration {@code camunda.cfg.xml} (which is on the test class path). Without this, the first
 * {@code ProcessEngines.getProcessEngine("default")} (done by the REST API) scans the class path,
 * builds that H2 engine under the name "default" and the REST API talks to it instead of the
 * application's engine on PostgreSQL.
 */
final class ProcessEnginesRegistry extends ProcessEngines {

    private ProcessEnginesRegistry() {
    }

    /** The application registers its own engine; nothing is to be read from the class path. */
    static synchronized void skipClasspathScan() {
        isInitialized = true;
    }
}
