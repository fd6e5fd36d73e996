package id.dinsos.portal.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds the client of an API key, by the key's hash; a revoked client's key finds nothing. */
@Component
class ApiKeyAuthenticator {

    /** A write per call would be a write per call; the last use to the minute is enough to see who is idle. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final int MAX_KEY_LENGTH = 200;

    private final ApiClients clients;
    private final Clock clock;

    ApiKeyAuthenticator(ApiClients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    @Transactional
    public Optional<ApiClientPrincipal> authenticate(String key) {
        if (!key.startsWith(ApiKeys.PREFIX) || key.length() > MAX_KEY_LENGTH) {
            return Optional.empty();
        }
        Optional<ApiClient> found = clients.findByKeyHash(ApiKeys.hash(key)).filter(c -> !c.revoked());
        found.ifPresent(client -> {
            Instant now = clock.instant();
            if (client.lastUsedAt() == null || client.lastUsedAt().isBefore(now.minus(TOUCH_EVERY))) {
                clients.touch(client.id(), now);
            }
        });
        return found.map(c -> new ApiClientPrincipal(c.id(), c.name(), c.scopes()));
    }
}
