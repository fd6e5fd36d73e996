package id.dinsos.portal.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import id.dinsos.portal.account.AccountKind;

/**
 * Who an audit event is about as its actor. Usually read from the security context by
 * {@link AuditLog#record}; given explicitly where there is none yet, as at sign-in.
 */
public record Actor(ActorKind kind, @Nullable Long accountId, @Nullable Long clientId) {

    public static final Actor SYSTEM = new Actor(ActorKind.SYSTEM, null, null);
    public static final Actor ANONYMOUS = new Actor(ActorKind.ANONYMOUS, null, null);

    public Actor {
        Assert.notNull(kind, "kind is required");
        Assert.isTrue((kind == ActorKind.CITIZEN || kind == ActorKind.STAFF) == (accountId != null),
                "a person's account id, and only a person's");
        Assert.isTrue((kind == ActorKind.API_CLIENT) == (clientId != null), "an API client's id, and only a client's");
    }

    /** A signed-in person, or one who is signing in. */
    public static Actor account(AccountKind kind, long accountId) {
        return new Actor(kind == AccountKind.STAFF ? ActorKind.STAFF : ActorKind.CITIZEN, accountId, null);
    }

    public static Actor client(long clientId) {
        return new Actor(ActorKind.API_CLIENT, null, clientId);
    }
}
