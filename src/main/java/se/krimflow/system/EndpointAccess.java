package se.krimflow.system;

import java.util.Set;

import org.springframework.http.HttpMethod;

/**
 * Who may call one endpoint pattern of the intake API, declared as a bean by the feature package
 * that owns the endpoint and turned into a URL rule by {@link SecurityConfiguration} (most specific
 * pattern first). An {@code /api} path no feature declares is denied.
 *
 * @param method           the HTTP method, or null for every method
 * @param pattern          a path pattern under {@code /api/}, e.g. {@code /api/cases/*}{@code /sanction}
 * @param groups           the group ids (KrimflowGroup) that may call it; empty only with anyAuthenticated
 * @param anyAuthenticated true when every logged-in user may call it, whatever their groups
 */
public record EndpointAccess(HttpMethod method, String pattern, Set<String> groups, boolean anyAuthenticated) {

    public EndpointAccess {
        if (pattern == null || !pattern.startsWith("/api/")) {
            throw new IllegalArgumentException("A feature declares access to /api/ paths only: " + pattern);
        }
        groups = Set.copyOf(groups);
        if (anyAuthenticated != groups.isEmpty()) {
            throw new IllegalArgumentException("Name groups or any authenticated user, not both or neither: " + pattern);
        }
    }

    /** Only members of these groups. */
    public static EndpointAccess forGroups(HttpMethod method, String pattern, Set<String> groups) {
        return new EndpointAccess(method, pattern, groups, false);
    }

    /** Every logged-in user. */
    public static EndpointAccess forAnyAuthenticated(HttpMethod method, String pattern) {
        return new EndpointAccess(method, pattern, Set.of(), true);
    }
}
