package se.krimflow.system;

import java.util.Set;

/**
 * Who may do what with one process, declared as a bean by the feature package that owns the
 * process and turned into engine authorizations at start-up by {@link AccessSetup}.
 *
 * @param processKey   the BPMN process id
 * @param starters     groups that may start it (Tasklist start form, REST)
 * @param overseers    groups that see its instances and history in Cockpit (read-only)
 * @param taskManagers groups that may see and reassign every task of it (not only their own)
 */
public record ProcessAccess(String processKey, Set<String> starters, Set<String> overseers,
        Set<String> taskManagers) {
}
