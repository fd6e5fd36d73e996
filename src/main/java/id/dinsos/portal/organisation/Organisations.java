package id.dinsos.portal.organisation;

import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface Organisations extends ListCrudRepository<Organisation, Long> {

    /**
     * The organisation, its row locked until the transaction ends: every change of members or
     * invitations takes this lock first, so that two administrators removing each other at once cannot
     * leave the organisation without one. Call it before any other read of the transaction, so that
     * InnoDB's snapshot for the later reads starts after the lock was granted.
     */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Organisation> findLockedById(long id);
}
