package id.dinsos.portal.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Memberships extends ListCrudRepository<Membership, Long> {

    List<Membership> findByAccountId(long accountId);

    List<Membership> findByOrganisationId(long organisationId);

    Optional<Membership> findByOrganisationIdAndAccountId(long organisationId, long accountId);
}
