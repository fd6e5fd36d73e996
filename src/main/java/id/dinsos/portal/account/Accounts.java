package id.dinsos.portal.account;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Accounts extends ListCrudRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    Optional<Account> findByNik(String nik);

    boolean existsByEmail(String email);

    boolean existsByNik(String nik);

    /** The epoch a session must carry to stay valid; null for a closed or missing account. */
    @Query("SELECT session_epoch FROM account_user WHERE id = :id AND status = 'ACTIVE'")
    Optional<Integer> activeSessionEpoch(long id);
}
