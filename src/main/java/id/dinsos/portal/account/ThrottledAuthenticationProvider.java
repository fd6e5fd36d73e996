package id.dinsos.portal.account;

import java.time.Instant;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password sign-in behind the throttle: a locked identifier is refused before the password is even
 * checked (so the right password during a lock fails too), a wrong password is counted, and a
 * success clears the count.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String identifier = String.valueOf(authentication.getPrincipal());
        java.util.Optional<Instant> lockedUntil = throttle.lockedUntil(identifier);
        if (lockedUntil.isPresent()) {
            throw new SignInLockedException(lockedUntil.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(identifier);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(identifier);
            throttle.lockedUntil(identifier).ifPresent(until -> {
                throw new SignInLockedException(until);
            });
            throw e;
        } catch (DisabledException e) {
            // Right password, e-mail not yet verified (or account closed): not a guessing attempt.
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The identifier is locked until the given moment. */
    static final class SignInLockedException extends LockedException {
        private final Instant until;

        SignInLockedException(Instant until) {
            super("Sign-in locked");
            this.until = until;
        }

        Instant until() {
            return until;
        }
    }
}
