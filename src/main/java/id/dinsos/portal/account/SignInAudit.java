package id.dinsos.portal.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import id.dinsos.portal.audit.Actor;
import id.dinsos.portal.audit.AuditLog;

/**
 * Writes password sign-ins to the audit trail, from Spring Security's authentication events (so the
 * sign-in code itself stays as it is). A failure names the account when the identifier is one, never
 * the identifier itself: an e-mail address or NIK typed wrongly is still personal data.
 */
@Component
class SignInAudit {

    private final AuditLog audit;
    private final AccountUserDetailsService users;

    SignInAudit(AuditLog audit, AccountUserDetailsService users) {
        this.audit = audit;
        this.users = users;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalUser user) {
            audit.recordAs(Actor.account(user.kind(), user.accountId()), "SIGN_IN_SUCCEEDED",
                    StaffService.ACCOUNT_SUBJECT, user.accountId(), null);
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt)) {
            return;
        }
        Long accountId = users.find(String.valueOf(attempt.getPrincipal())).map(Account::id).orElse(null);
        Exception e = event.getException();
        String reason = e instanceof ThrottledAuthenticationProvider.SignInLockedException ? "locked"
                : e instanceof DisabledException ? "inactive" : "credentials";
        audit.recordAs(Actor.ANONYMOUS, "SIGN_IN_FAILED", accountId == null ? null : StaffService.ACCOUNT_SUBJECT,
                accountId, "reason=" + reason);
    }
}
