package id.dinsos.portal.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.audit.AuditLog;
import id.dinsos.portal.shared.RecordNotFoundException;

/**
 * Partner systems' access to the API, managed by administrators: create a client with scopes, rotate
 * its key, revoke it. A key is returned once, when it is made; the portal keeps only its hash.
 */
@Service
public class ApiClientService {

    static final String AUDIT_SUBJECT = "API_CLIENT";

    private final ApiClients clients;
    private final AuditLog audit;
    private final Clock clock;

    ApiClientService(ApiClients clients, AuditLog audit, Clock clock) {
        this.clients = clients;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates a client and its first key.
     *
     * @param scopes some of {@link ApiScopes#ALL}
     * @return the key, to be shown once
     * @throws FormRejectedException for a missing or taken name, or no or unknown scopes
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public NewApiKey create(String name, Collection<String> scopes) {
        String cleanName = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        List<FieldProblem> problems = new ArrayList<>();
        if (cleanName.length() < 2 || cleanName.length() > 100) {
            problems.add(new FieldProblem("name", "validation.apiclient.name"));
        } else if (clients.existsByName(cleanName)) {
            problems.add(new FieldProblem("name", "validation.apiclient.name.taken"));
        }
        if (scopes.isEmpty() || !scopes.stream().allMatch(ApiScopes::isKnown)) {
            problems.add(new FieldProblem("scopes", "validation.apiclient.scopes"));
        }
        if (!problems.isEmpty()) {
            throw new FormRejectedException(problems);
        }
        List<String> ordered = java.util.stream.Stream.concat(ApiScopes.ALL.stream().filter(scopes::contains),
                scopes.stream().filter(s -> !ApiScopes.ALL.contains(s)).distinct().sorted()).toList();
        String key = ApiKeys.newKey();
        ApiClient client;
        try {
            client = clients.save(ApiClient.create(cleanName, ordered, key, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new FormRejectedException(List.of(new FieldProblem("name", "validation.apiclient.name.taken")));
        }
        audit.record("API_CLIENT_CREATED", AUDIT_SUBJECT, client.id(), "scopes=" + String.join(",", ordered));
        return new NewApiKey(client.id(), client.name(), key);
    }

    /**
     * Gives the client a new key; the old one stops working at once.
     *
     * @return the new key, to be shown once
     * @throws RecordNotFoundException for an unknown client
     * @throws FormRejectedException   for a revoked one
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public NewApiKey rotate(long clientId) {
        ApiClient client = clients.findById(clientId).orElseThrow(() -> new RecordNotFoundException("API client"));
        if (client.revoked()) {
            throw new FormRejectedException(List.of(new FieldProblem("key", "validation.apiclient.revoked")));
        }
        String key = ApiKeys.newKey();
        client.rotate(key, clock.instant());
        clients.save(client);
        audit.record("API_CLIENT_KEY_ROTATED", AUDIT_SUBJECT, clientId, "prefix=" + client.keyPrefix());
        return new NewApiKey(clientId, client.name(), key);
    }

    /**
     * Revokes the client: its key stops working at once, for good. Revoking twice changes nothing.
     *
     * @throws RecordNotFoundException for an unknown client
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void revoke(long clientId) {
        ApiClient client = clients.findById(clientId).orElseThrow(() -> new RecordNotFoundException("API client"));
        if (client.revoked()) {
            return;
        }
        client.revoke(clock.instant());
        clients.save(client);
        audit.record("API_CLIENT_REVOKED", AUDIT_SUBJECT, clientId, null);
    }

    /** A page of clients: active ones first, by name. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiClientSummary> list(long offset, int limit) {
        return clients.findPage(offset, limit).stream().map(ApiClientService::summary).toList();
    }

    /** How many clients there are, revoked ones included. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count() {
        return clients.count();
    }

    private static ApiClientSummary summary(ApiClient c) {
        return new ApiClientSummary(c.id(), c.name(), c.scopes(), c.keyPrefix(), c.createdAt(), c.rotatedAt(),
                c.revokedAt(), c.lastUsedAt());
    }
}
