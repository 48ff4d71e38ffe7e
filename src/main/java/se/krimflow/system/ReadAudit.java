package se.krimflow.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads of case data are logged (the engine logs only changes). Each entry names who read, which
 * case (by case number, never personal data) and what. Written to the logger
 * {@code krimflow.audit.read}, which operations route to the audit store.
 */
@Component
public class ReadAudit {

    private static final Logger audit = LoggerFactory.getLogger("krimflow.audit.read");

    public void record(String userId, String caseNumber, String what) {
        audit.info("read user={} case={} what={}", userId, caseNumber, what);
    }
}
