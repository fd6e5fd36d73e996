package id.dinsos.portal.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApiClients extends ListCrudRepository<ApiClient, Long> {

    Optional<ApiClient> findByKeyHash(String keyHash);

    boolean existsByName(String name);

    @Query("SELECT * FROM api_client ORDER BY revoked_at IS NOT NULL, name, id LIMIT :limit OFFSET :offset")
    List<ApiClient> findPage(long offset, int limit);

    /**
     * Notes a use without touching the version: a partner's calls must never make an administrator's
     * revocation fail as a concurrent edit.
     */
    @Modifying
    @Query("UPDATE api_client SET last_used_at = :at WHERE id = :id")
    void touch(long id, Instant at);
}
