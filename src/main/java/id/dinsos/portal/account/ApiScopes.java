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

    public static final List<String> ALL = List.of(CATALOGUE_READ, APPLICATIONS_READ, APPLICATIONS_WRITE);

    private ApiScopes() {
    }
}
