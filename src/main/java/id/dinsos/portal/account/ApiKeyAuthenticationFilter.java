package id.dinsos.portal.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates an API request by its key, sent as {@code Authorization: Bearer <key>} or
 * {@code X-API-Key: <key>}: the client, with {@code SCOPE_<scope>} for each of its scopes. A request
 * without a key goes on anonymously (the public catalogue needs none); a key that is not valid, or
 * revoked, is answered 401 at once, so a partner learns that its key is the problem.
 *
 * <p>Not a bean: as one, Spring Boot would also register it for every request of the servlet.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String API_KEY_HEADER = "X-API-Key";

    private final ApiKeyAuthenticator authenticator;
    private final AuthenticationEntryPoint unauthorized;
    private final SecurityContextHolderStrategy contexts;

    /** @param contexts the application's strategy (Vaadin installs its own), the one the rest of the chain reads */
    ApiKeyAuthenticationFilter(ApiKeyAuthenticator authenticator, AuthenticationEntryPoint unauthorized,
                               SecurityContextHolderStrategy contexts) {
        this.authenticator = authenticator;
        this.unauthorized = unauthorized;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> key = key(request);
        if (key.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiClientPrincipal> client = authenticator.authenticate(key.get());
        if (client.isEmpty()) {
            contexts.clearContext();
            unauthorized.commence(request, response,
                    new org.springframework.security.authentication.BadCredentialsException("Invalid API key"));
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new ApiClientAuthentication(client.get()));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    private static Optional<String> key(HttpServletRequest request) {
        @Nullable String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            return Optional.of(authorization.substring(7).strip()).filter(k -> !k.isEmpty());
        }
        @Nullable String header = request.getHeader(API_KEY_HEADER);
        return Optional.ofNullable(header).map(String::strip).filter(k -> !k.isEmpty());
    }

    /** An authenticated API client; its credentials (the key) are not kept. */
    static final class ApiClientAuthentication extends AbstractAuthenticationToken {

        private final ApiClientPrincipal client;

        ApiClientAuthentication(ApiClientPrincipal client) {
            super(client.scopes().stream().map(s -> new SimpleGrantedAuthority("SCOPE_" + s)).toList());
            this.client = client;
            setAuthenticated(true);
        }

        @Override
        public @Nullable Object getCredentials() {
            return null;
        }

        @Override
        public ApiClientPrincipal getPrincipal() {
            return client;
        }

        @Override
        public String getName() {
            return "api-client-" + client.clientId();
        }
    }

    /** A JSON problem (RFC 9457), as the rest of the API answers errors. */
    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // The texts are the portal's own constants, never request data: no escaping beyond quotes needed.
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title.replace("\"", "'")
                + "\",\"status\":" + status + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }
}
