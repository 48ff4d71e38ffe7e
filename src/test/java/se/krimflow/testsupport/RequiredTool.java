package se.krimflow.testsupport;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a tool outside Maven (a JDK 21+ for Keycloak, Chromium): under {@code CI=true}
 * a missing tool fails the run; elsewhere the test is skipped with one line saying how to get it.
 */
public final class RequiredTool {

    private RequiredTool() {
    }

    public static void require(boolean present, String howToGetIt) {
        if (present) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("Missing on CI: " + howToGetIt);
        }
        Assumptions.abort("Skipped: " + howToGetIt);
    }
}
