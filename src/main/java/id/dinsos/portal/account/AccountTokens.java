package id.dinsos.portal.account;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface AccountTokens extends ListCrudRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenSha256(String tokenSha256);
}
