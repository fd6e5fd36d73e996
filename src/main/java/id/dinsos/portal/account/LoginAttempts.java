package id.dinsos.portal.account;

import org.springframework.data.repository.ListCrudRepository;

interface LoginAttempts extends ListCrudRepository<LoginAttempt, String> {
}
