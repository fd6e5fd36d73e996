package id.dinsos.portal.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.util.Assert;

/**
 * A partner system allowed to call the API: its name, its scopes and the hash of its current key.
 * The key itself is never stored; rotating replaces the hash, so the old key stops working at once.
 */
@Table("api_client")
class ApiClient {

    @Id
    private @Nullable Long id;
    private final String name;
    private final String scopes;
    private String keyPrefix;
    private String keyHash;
    private final Instant createdAt;
    private @Nullable Instant rotatedAt;
    private @Nullable Instant revokedAt;
    private @Nullable Instant lastUsedAt;
    @Version
    private @Nullable Integer version;

    ApiClient(@Nullable Long id, String name, String scopes, String keyPrefix, String keyHash, Instant createdAt,
              @Nullable Instant rotatedAt, @Nullable Instant revokedAt, @Nullable Instant lastUsedAt,
              @Nullable Integer version) {
        Assert.hasText(name, "name is required");
        Assert.isTrue(keyHash.matches("[0-9a-f]{64}"), "the key is stored as its SHA-256, never in clear");
        this.id = id;
        this.name = name;
        this.scopes = scopes;
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
        this.createdAt = createdAt;
        this.rotatedAt = rotatedAt;
        this.revokedAt = revokedAt;
        this.lastUsedAt = lastUsedAt;
        this.version = version;
    }

    static ApiClient create(String name, List<String> scopes, String key, Instant now) {
        return new ApiClient(null, name, String.join(",", scopes), ApiKeys.prefix(key), ApiKeys.hash(key), now, null,
                null, null, null);
    }

    /** A new key replaces the old one, which stops working at once. */
    void rotate(String newKey, Instant now) {
        Assert.state(revokedAt == null, "a revoked client gets no new key");
        keyPrefix = ApiKeys.prefix(newKey);
        keyHash = ApiKeys.hash(newKey);
        rotatedAt = now;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    boolean revoked() {
        return revokedAt != null;
    }

    @Nullable Long id() {
        return id;
    }

    String name() {
        return name;
    }

    List<String> scopes() {
        return scopes.isBlank() ? List.of() : Arrays.stream(scopes.split(",")).map(String::strip).toList();
    }

    String keyPrefix() {
        return keyPrefix;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable Instant rotatedAt() {
        return rotatedAt;
    }

    @Nullable Instant revokedAt() {
        return revokedAt;
    }

    @Nullable Instant lastUsedAt() {
        return lastUsedAt;
    }
}
