package id.dinsos.portal.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface Invitations extends ListCrudRepository<Invitation, Long> {

    /** Locked: the same link opened twice at once is accepted once. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Invitation> findLockedByTokenSha256(String tokenSha256);

    Optional<Invitation> findByTokenSha256(String tokenSha256);

    List<Invitation> findByOrganisationId(long organisationId);
}
