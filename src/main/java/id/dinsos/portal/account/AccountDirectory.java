package id.dinsos.portal.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who an account is, for other modules: the name to show and the address to compare an invitation
 * with. Only what they need (no NIK, phone or address), and no access check of its own: the caller
 * decides who may learn about whom and must not show an e-mail address to someone who may not see it.
 */
@Service
public class AccountDirectory {

    /** An account as other modules see it. {@code email} is stored lower-case. */
    public record AccountSummary(long id, String fullName, String email, AccountKind kind) {
    }

    private final Accounts accounts;

    AccountDirectory(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The account with this id, if there is one. */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> byId(long id) {
        return accounts.findById(id).map(AccountDirectory::summary);
    }

    /** The accounts with these ids that exist, in no particular order. */
    @Transactional(readOnly = true)
    public List<AccountSummary> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : accounts.findAllById(ids).stream().map(AccountDirectory::summary).toList();
    }

    /** The account registered with this e-mail address (compared without regard to case or spaces around). */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> byEmail(String email) {
        return accounts.findByEmail(RegistrationService.normaliseEmail(email)).map(AccountDirectory::summary);
    }

    private static AccountSummary summary(Account a) {
        return new AccountSummary(a.id(), a.fullName(), a.email(), a.kind());
    }
}
