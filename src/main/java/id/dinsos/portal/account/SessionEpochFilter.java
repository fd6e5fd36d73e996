package id.dinsos.portal.account;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a session whose account has since signed out everywhere, changed its password or been
 * closed: the database holds the epoch, so this works across nodes without shared session state.
 * One primary-key lookup per request of a signed-in person.
 */
class SessionEpochFilter extends OncePerRequestFilter {

    private final Accounts accounts;
    private final SecurityContextHolderStrategy contexts;

    SessionEpochFilter(Accounts accounts, SecurityContextHolderStrategy contexts) {
        this.accounts = accounts;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PortalUser user) {
            Optional<Integer> epoch = accounts.activeSessionEpoch(user.accountId());
            if (epoch.isEmpty() || epoch.get() != user.sessionEpoch()) {
                contexts.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        chain.doFilter(request, response);
    }
}
