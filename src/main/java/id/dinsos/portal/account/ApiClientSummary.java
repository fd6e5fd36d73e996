package id.dinsos.portal.account;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An API client as an administrator sees it: never its key, only the key's first characters.
 *
 * @param keyPrefix the current key's first 8 characters
 */
public record ApiClientSummary(long id, String name, List<String> scopes, String keyPrefix, Instant createdAt,
                               @Nullable Instant rotatedAt, @Nullable Instant revokedAt,
                               @Nullable Instant lastUsedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
