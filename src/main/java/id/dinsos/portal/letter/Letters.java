package id.dinsos.portal.letter;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface Letters extends ListCrudRepository<Letter, Long> {

    /** The letter, its row locked until the transaction ends (a second signature waits, then finds it signed). */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Letter> findLockedById(long id);

    Optional<Letter> findByVerificationCode(String verificationCode);

    List<Letter> findBySha256(String sha256);

    List<Letter> findByApplicationIdOrderByIdDesc(long applicationId);

    List<Letter> findTop50BySignerAccountIdOrderByIdDesc(long signerAccountId);

    List<Letter> findByStatusInOrderByIdAsc(Collection<LetterStatus> statuses);
}
