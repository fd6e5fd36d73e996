package id.dinsos.portal.account;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs service calls in tests as a given account, the way a signed-in request would. */
public final class SignedIn {

    private SignedIn() {
    }

    /** Puts the account's principal (as sign-in builds it) into the security context of this thread. */
    public static PortalUser as(AccountUserDetailsService users, String emailOrNik) {
        PortalUser user = (PortalUser) users.loadUserByUsername(emailOrNik);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
