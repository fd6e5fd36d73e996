package id.dinsos.portal.account;

import java.io.Serializable;
import java.util.List;

/** A partner system authenticated by its API key, as the security context holds it during one request. */
public record ApiClientPrincipal(long clientId, String name, List<String> scopes) implements Serializable {

    public ApiClientPrincipal {
        scopes = List.copyOf(scopes);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }
}
