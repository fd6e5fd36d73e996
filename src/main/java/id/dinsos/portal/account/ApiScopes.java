package id.dinsos.portal.account;

import java.util.List;

/**
 * The scopes an API client can be given; a request checks {@code SCOPE_<scope>} (e.g.
 * {@code hasAuthority('SCOPE_applications:write')}). A module that opens an API adds its scopes here.
 * Shown through the i18n bundle under {@code apiclient.scope.<scope>}.
 */
public final class ApiScopes {

    /** Read the service catalogue (public anyway; named so a partner's key can be limited to it). */
    public static final String CATALOGUE_READ = "catalogue:read";
    /** Read the applications the client submitted and their status. */
    public static final String APPLICATIONS_READ = "applications:read";
    /** Submit applications on a citizen's behalf (e.g. DPMPTSP's front office). */
    public static final String APPLICATIONS_WRITE = "applications:write";

    /**
     * May submit applications for every service. Otherwise a client with {@link #APPLICATIONS_WRITE}
     * names each service it may submit as {@code service:<code>} (DPMPTSP: {@code service:lks},
     * {@code service:rekomendasi-ugb-pub}).
     */
    public static final String ALL_SERVICES = "service:*";
    /** The prefix of a scope that names one service a client may submit. */
    public static final String SERVICE_PREFIX = "service:";

    /** The fixed scopes (the per-service ones come from the catalogue: {@link #forService}). */
    public static final List<String> ALL = List.of(CATALOGUE_READ, APPLICATIONS_READ, APPLICATIONS_WRITE, ALL_SERVICES);

    /** The scope that lets a client submit applications for this service. */
    public static String forService(String serviceCode) {
        return SERVICE_PREFIX + serviceCode;
    }

    /** Whether a scope is known: a fixed one, or a service scope with a well-formed code. */
    public static boolean isKnown(String scope) {
        return ALL.contains(scope) || scope.startsWith(SERVICE_PREFIX)
                && scope.substring(SERVICE_PREFIX.length()).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    /** Whether these scopes let a client submit applications for this service. */
    public static boolean maySubmit(java.util.Collection<String> scopes, String serviceCode) {
        return scopes.contains(APPLICATIONS_WRITE)
                && (scopes.contains(ALL_SERVICES) || scopes.contains(forService(serviceCode)));
    }

    private ApiScopes() {
    }
}
