package se.krimflow.system;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A group's Spring Security authority is "GROUP_" + its id: the one place that says so. */
public final class GroupAuthorities {

    private static final String PREFIX = "GROUP_";

    private GroupAuthorities() {
    }

    /** The authorities of a user's groups, read from the engine's identity service. */
    public static List<SimpleGrantedAuthority> ofMember(IdentityService identity, String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .map(id -> new SimpleGrantedAuthority(PREFIX + id))
                .toList();
    }

    static String[] of(Collection<String> groupIds) {
        return groupIds.stream().sorted().map(id -> PREFIX + id).toArray(String[]::new);
    }

    static List<String> groupIds(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(PREFIX))
                .map(a -> a.substring(PREFIX.length()))
                .toList();
    }
}
