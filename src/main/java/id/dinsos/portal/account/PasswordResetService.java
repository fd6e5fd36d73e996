package id.dinsos.portal.account;

import id.dinsos.portal.shared.SingleUseTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.audit.Actor;
import id.dinsos.portal.audit.AuditLog;
import id.dinsos.portal.notification.MailOutbox;
import id.dinsos.portal.notification.MailTemplates;

/**
 * A forgotten password: the request mails a single-use link (valid 60 minutes) to the address if an
 * active account has it, and answers the same either way, so the page tells nobody which addresses
 * have accounts. The link, like a new staff member's welcome link, sets the password once.
 */
@Service
public class PasswordResetService {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetService.class);
    static final Duration RESET_VALIDITY = Duration.ofMinutes(60);
    /** More links than this per hour are not sent: a stranger must not be able to flood someone's mailbox. */
    static final int MAX_LINKS_PER_HOUR = 3;

    private final Accounts accounts;
    private final AccountTokens tokens;
    private final ResetTokens resetTokens;
    private final PasswordLinks links;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final MailOutbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    PasswordResetService(Accounts accounts, AccountTokens tokens, ResetTokens resetTokens, PasswordLinks links,
                         PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder, MailOutbox outbox,
                         AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.resetTokens = resetTokens;
        this.links = links;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Mails a link to set a new password, if an active account has this address; otherwise does
     * nothing. Returns nothing either way: the caller says the same to everyone.
     *
     * @param locale the language of the mail
     */
    @Transactional
    public void requestReset(String email, Locale locale) {
        Optional<Account> found = accounts.findByEmail(RegistrationService.normaliseEmail(email))
                .filter(a -> a.status() == Account.Status.ACTIVE);
        if (found.isEmpty()) {
            return;
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (resetTokens.countByAccountIdAndPurposeAndCreatedAtAfter(account.id(), AccountToken.Purpose.RESET_PASSWORD.name(),
                now.minus(Duration.ofHours(1))) >= MAX_LINKS_PER_HOUR) {
            log.info("Password link for account {} not sent: {} already in the last hour", account.id(), MAX_LINKS_PER_HOUR);
            return;
        }
        outbox.enqueue(account.email(), MailTemplates.PASSWORD_RESET, locale, Map.of(
                "name", account.fullName(),
                "link", links.issue(account.id(), RESET_VALIDITY),
                "expiresInMinutes", RESET_VALIDITY.toMinutes()));
        audit.recordAs(Actor.ANONYMOUS, "PASSWORD_RESET_REQUESTED", StaffService.ACCOUNT_SUBJECT, account.id(), null);
    }

    /** Whether the link can still set a password (unused, not expired), so the page can say so before any typing. */
    @Transactional(readOnly = true)
    public boolean linkUsable(String token) {
        return usable(token).isPresent();
    }

    /**
     * Sets a new password from a mailed link, once. The link also confirms the address (it reached the
     * mailbox), so a new staff member or an unconfirmed citizen can sign in afterwards. Every other
     * open link of the account stops working.
     *
     * @throws FormRejectedException for a link that is unknown, used or expired ({@code token}), a
     *                               password the policy refuses, or a repetition that differs
     */
    @Transactional
    public void setPassword(String token, String password, String passwordRepeat) {
        Optional<AccountToken> found = usable(token);
        if (found.isEmpty()) {
            throw new FormRejectedException(List.of(new FieldProblem("token", "validation.reset.link")));
        }
        Optional<Account> active = accounts.findById(found.get().accountId())
                .filter(a -> a.status() == Account.Status.ACTIVE);
        if (active.isEmpty()) {
            // A deactivated staff member's welcome link must not revive the account's password.
            throw new FormRejectedException(List.of(new FieldProblem("token", "validation.reset.link")));
        }
        Account account = active.get();
        List<FieldProblem> problems = new ArrayList<>();
        String email = account.email();
        List<String> personal = new ArrayList<>(List.of(email.substring(0, Math.max(0, email.indexOf('@'))),
                account.nik() == null ? "" : account.nik(), account.nip() == null ? "" : account.nip()));
        personal.addAll(List.of(account.fullName().split(" ")));
        String newPassword = password == null ? "" : password;
        passwordPolicy.check(newPassword, personal)
                .ifPresent(key -> problems.add(new FieldProblem("password", key, PasswordPolicy.MIN_LENGTH)));
        if (!newPassword.equals(passwordRepeat)) {
            problems.add(new FieldProblem("passwordRepeat", "validation.password.repeat"));
        }
        if (!problems.isEmpty()) {
            throw new FormRejectedException(problems);
        }
        Instant now = clock.instant();
        for (AccountToken open : resetTokens.findByAccountIdAndPurposeAndUsedAtIsNull(account.id(),
                AccountToken.Purpose.RESET_PASSWORD.name())) {
            open.use(now);
            tokens.save(open);
        }
        account.changePassword(passwordEncoder.encode(newPassword));
        account.verifyEmail(now);
        accounts.save(account);
        audit.recordAs(Actor.account(account.kind(), account.id()), "PASSWORD_SET", StaffService.ACCOUNT_SUBJECT,
                account.id(), null);
    }

    private Optional<AccountToken> usable(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return tokens.findByTokenSha256(SingleUseTokens.hash(token))
                .filter(t -> t.usableAt(clock.instant(), AccountToken.Purpose.RESET_PASSWORD));
    }
}
