package id.dinsos.portal.account;

import java.time.Instant;
import java.util.List;

import org.springframework.data.repository.Repository;

/** The password links of an account, to limit how many are mailed and to retire the rest once one is used. */
interface ResetTokens extends Repository<AccountToken, Long> {

    long countByAccountIdAndPurposeAndCreatedAtAfter(Long accountId, String purpose, Instant after);

    List<AccountToken> findByAccountIdAndPurposeAndUsedAtIsNull(Long accountId, String purpose);
}
