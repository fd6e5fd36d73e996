package id.dinsos.portal.account;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is asking, for services that decide what a caller may see or change. Works the same for a
 * Vaadin view, a REST call and a test: it reads Spring Security's context.
 */
@Component
public class CurrentUser {

    private final ObjectProvider<SecurityContextHolderStrategy> strategy;

    /**
     * Reads the context through this application context's strategy (Vaadin installs one that keeps it
     * in the Vaadin session), not the static holder: with two Spring contexts in one JVM (tests) the
     * static holder may belong to the other.
     */
    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy;
    }

    /** The current authentication, whoever it belongs to. */
    public @Nullable Authentication authentication() {
        return strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy).getContext().getAuthentication();
    }

    /** Whether a person (not an API client, not an anonymous visitor) is signed in. */
    public boolean signedIn() {
        return get().isPresent();
    }

    /** The signed-in person, if any (an API client or an anonymous visitor is not one). */
    public Optional<PortalUser> get() {
        Authentication auth = authentication();
        return auth != null && auth.getPrincipal() instanceof PortalUser user ? Optional.of(user) : Optional.empty();
    }

    /** The signed-in person; a service method that needs one throws when there is none. */
    public PortalUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Sign-in required"));
    }

    /** The partner system calling the API with its key, if that is who is asking. */
    public Optional<ApiClientPrincipal> apiClient() {
        Authentication auth = authentication();
        return auth != null && auth.getPrincipal() instanceof ApiClientPrincipal client ? Optional.of(client)
                : Optional.empty();
    }

    public boolean hasRole(String role) {
        return get().map(u -> u.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role)))
                .orElse(false);
    }
}
