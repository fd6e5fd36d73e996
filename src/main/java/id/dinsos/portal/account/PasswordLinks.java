package id.dinsos.portal.account;

import id.dinsos.portal.shared.SingleUseTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Links to set a password: a new staff member's first one, or a forgotten one. One purpose
 * (RESET_PASSWORD) for both: either way the link proves the mailbox and sets the password once.
 */
@Component
class PasswordLinks {

    static final String PATH = "/akun/atur-sandi?token=";

    private final AccountTokens tokens;
    private final Clock clock;
    private final String baseUrl;

    PasswordLinks(AccountTokens tokens, Clock clock, @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.tokens = tokens;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Issues a single-use token for the account, valid for the duration, and returns the link that carries it. */
    String issue(long accountId, Duration validity) {
        String token = SingleUseTokens.newToken();
        Instant now = clock.instant();
        tokens.save(AccountToken.issue(accountId, AccountToken.Purpose.RESET_PASSWORD, SingleUseTokens.hash(token), now,
                now.plus(validity)));
        return baseUrl + PATH + token;
    }
}
