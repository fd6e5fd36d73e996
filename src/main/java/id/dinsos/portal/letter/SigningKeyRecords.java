package id.dinsos.portal.letter;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface SigningKeyRecords extends ListCrudRepository<SigningKeyRecord, Long> {

    Optional<SigningKeyRecord> findByAccountId(long accountId);

    Optional<SigningKeyRecord> findFirstByKindOrderByIdDesc(SigningKeyRecord.Kind kind);
}
