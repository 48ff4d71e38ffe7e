package se.krimflow.system;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The features' {@link EndpointAccess} declarations in the order they must be matched: the most
 * specific pattern first (Spring's PathPattern specificity, so {@code /api/cases/*}{@code /sanction}
 * comes before {@code /api/cases/**} whatever the bean order), a rule with a method before the
 * same pattern for every method. The same method and pattern declared twice stops the start.
 */
final class EndpointRules {

    private static final Comparator<EndpointAccess> MOST_SPECIFIC_FIRST = Comparator
            .comparing((EndpointAccess e) -> parse(e.pattern()), PathPattern.SPECIFICITY_COMPARATOR)
            .thenComparing(e -> e.method() == null)
            .thenComparing(EndpointAccess::pattern)
            .thenComparing(e -> e.method() == null ? "" : e.method().name());

    private EndpointRules() {
    }

    static List<EndpointAccess> inMatchingOrder(List<EndpointAccess> declared) {
        Set<String> seen = new HashSet<>();
        for (EndpointAccess e : declared) {
            if (!seen.add(e.method() + " " + e.pattern())) {
                throw new IllegalStateException("Access to " + e.method() + " " + e.pattern() + " is declared twice");
            }
        }
        return declared.stream().sorted(MOST_SPECIFIC_FIRST).toList();
    }

    private static PathPattern parse(String pattern) {
        return PathPatternParser.defaultInstance.parse(pattern);
    }
}
