package id.dinsos.portal.account;

import java.io.IOException;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import id.dinsos.portal.account.ui.LoginView;

/**
 * Spring Security for the whole portal: public pages and the public API open to everyone, Vaadin's
 * own access control on every view (annotations), form sign-in at {@code /masuk} behind the throttle,
 * CSRF protection left on (Vaadin handles its own requests).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final String LOGIN_PATH = "masuk";

    /** The files of an application a signed-in browser downloads (docs/access-rules.md, "Endpoints"). */
    static final String[] DOWNLOADS = {"/permohonan/*/tanda-terima.pdf", "/permohonan/*/berkas/*", "/surat/*/unduh"};

    /**
     * The REST API ({@code /api/**}), ahead of the chain below: partner systems authenticate with an API
     * key on every request (ApiKeyAuthenticationFilter), nothing is kept in a session, and errors are
     * JSON problems. CSRF protection is off here because nothing in this chain is authenticated by a
     * cookie: a browser cannot be tricked into sending a partner's key. The catalogue and the tracking of
     * an application (by its number and verifier) stay public; the applications API needs a key with
     * {@code applications:write} to create, upload and submit, and {@code applications:read} or write to read.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiKeyAuthenticator keys,
                                       ObjectProvider<SecurityContextHolderStrategy> contexts) throws Exception {
        http.securityMatcher("/api/**");
        String read = "SCOPE_" + ApiScopes.APPLICATIONS_READ;
        String write = "SCOPE_" + ApiScopes.APPLICATIONS_WRITE;
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/api/v1/services", "/api/v1/services/**").permitAll()
                // Public tracking: the number and the verifier decide (TrackingService), not a key.
                .requestMatchers(HttpMethod.GET, "/api/v1/track/**").permitAll()
                // Public verification of a signed letter by its 128-bit code (letter.api): no key.
                .requestMatchers(HttpMethod.GET, "/api/v1/letters/*").permitAll()
                // Applications: the scope here, the service scope and the client's own records in ApplicationService.
                .requestMatchers(HttpMethod.POST, "/api/v1/applications/**").hasAuthority(write)
                .requestMatchers(HttpMethod.GET, "/api/v1/applications/**").hasAnyAuthority(read, write)
                .requestMatchers("/api/v1/applications/**").denyAll()
                .anyRequest().authenticated());
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.csrf(csrf -> csrf.disable());
        http.requestCache(cache -> cache.disable());
        http.exceptionHandling(errors -> errors
                .authenticationEntryPoint((request, response, e) -> ApiKeyAuthenticationFilter.problem(response, 401,
                        "Unauthorized", "A valid API key is required: 'Authorization: Bearer <key>' or 'X-API-Key: <key>'."))
                .accessDeniedHandler((request, response, e) -> ApiKeyAuthenticationFilter.problem(response, 403,
                        "Forbidden", "The API key does not have the scope this request needs.")));
        http.addFilterBefore(new ApiKeyAuthenticationFilter(keys, (request, response, e) ->
                ApiKeyAuthenticationFilter.problem(response, 401, "Unauthorized",
                        "The API key is not valid or has been revoked."),
                contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Everything else: the portal's pages (Vaadin), the browser's downloads and the operations endpoints.
     * Vaadin's configurer ends with "deny any other request": a path that is not a view, not Vaadin's
     * own and not named here answers 403 when signed in, and redirects to /masuk when not.
     */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ThrottledAuthenticationProvider provider,
                                            AuthenticationEventPublisher events, Accounts accounts,
                                            ObjectProvider<SecurityContextHolderStrategy> contexts) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/api/v1/services", "/api/v1/services/**", "/v3/api-docs", "/v3/api-docs/**",
                        "/actuator/health", "/actuator/health/**", "/styles/**", "/images/**")
                .permitAll()
                // Downloads of an organisation's documents (organisation.web): for anyone signed in here;
                // the organisation's service then answers members only (404 for anyone else). Vaadin's
                // configurer denies every other request that is not a view.
                .requestMatchers(HttpMethod.GET, "/organisasi/*/dokumen/*").authenticated()
                // Intake's downloads (intake/web): any signed-in person, then ApplicationService decides
                // per application. Named here because Vaadin's configurer below denies every request
                // that is neither a view nor a framework request; anonymous, they redirect to /masuk.
                .requestMatchers(HttpMethod.GET, DOWNLOADS).authenticated());
        // The throttled provider alone, without a parent: with http.authenticationProvider(provider) the
        // chain's manager fell back on Spring's global one after a wrong password, which holds the same
        // provider bean, so every failure was counted twice. The publisher feeds the sign-in audit.
        // The case screen previews a document in a frame of the portal itself; other sites still cannot frame it.
        http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        ProviderManager signIn = new ProviderManager(provider);
        signIn.setAuthenticationEventPublisher(events);
        http.authenticationManager(signIn);
        http.addFilterAfter(new SessionEpochFilter(accounts,
                contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)), SecurityContextHolderFilter.class);
        // The form posts to /masuk. Named here, not left to Vaadin's configurer below: this configurer is
        // initialised first and would otherwise fix the processing URL at Spring's default, POST /login.
        http.formLogin(form -> form.loginPage("/" + LOGIN_PATH).loginProcessingUrl("/" + LOGIN_PATH)
                .withObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
            @Override
            public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                filter.setAuthenticationFailureHandler(failureHandler());
                return filter;
            }
        }));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /** Tells the sign-in page what went wrong, without saying whether an account exists. */
    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            String reason = exception instanceof ThrottledAuthenticationProvider.SignInLockedException ? "locked"
                    : exception instanceof DisabledException ? "unverified" : "credentials";
            redirect(response, request.getContextPath() + "/" + LOGIN_PATH + "?error=" + reason);
        };
    }

    private static void redirect(jakarta.servlet.http.HttpServletResponse response, String url) throws IOException {
        response.sendRedirect(url);
    }

    @Bean
    ThrottledAuthenticationProvider throttledAuthenticationProvider(AccountUserDetailsService users,
                                                                    PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        // Check "verified and active" only after the password: before it, any password would tell a
        // stranger that an unverified account exists for that e-mail.
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Account not active");
            }
        });
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    /** Argon2id for new hashes; the prefix in each stored hash lets a later algorithm take over. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2",
                Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }
}
