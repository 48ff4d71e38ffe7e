package se.krimflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

class EndpointRulesTest {

    @Test
    void theMostSpecificPatternComesFirstWhateverTheBeanOrder() {
        EndpointAccess all = EndpointAccess.forGroups(null, "/api/cases/**", Set.of("krimteamet"));
        EndpointAccess sanction = EndpointAccess.forGroups(HttpMethod.POST, "/api/cases/*/sanction",
                Set.of("krimteamet", "ungdomstjanst"));
        EndpointAccess start = EndpointAccess.forGroups(HttpMethod.POST, "/api/cases", Set.of("krimteamet"));

        assertThat(EndpointRules.inMatchingOrder(List.of(all, sanction, start))).containsExactly(start, sanction, all);
        assertThat(EndpointRules.inMatchingOrder(List.of(sanction, start, all))).containsExactly(start, sanction, all);
    }

    @Test
    void aRuleIsForApiPathsWithGroupsOrEveryLoggedInUser() {
        assertThatThrownBy(() -> EndpointAccess.forGroups(null, "/engine-rest/**", Set.of("krimteamet")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EndpointAccess.forGroups(HttpMethod.POST, "/api/x", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        EndpointAccess twice = EndpointAccess.forAnyAuthenticated(HttpMethod.POST, "/api/x");
        assertThatThrownBy(() -> EndpointRules.inMatchingOrder(List.of(twice, twice)))
                .isInstanceOf(IllegalStateException.class);
    }
}
