package id.dinsos.portal.account;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface Consents extends ListCrudRepository<Consent, Long> {

    List<Consent> findByAccountId(Long accountId);
}
