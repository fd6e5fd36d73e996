package id.dinsos.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import id.dinsos.portal.shared.i18n.Languages;

/**
 * Verified citizens for tests of other modules, and service calls made as one of them: registered
 * through {@link RegistrationService} and confirmed through the link of their verification mail, as a
 * person would, then "signed in" by putting their {@link PortalUser} into Spring Security's context.
 */
public final class TestAccounts {

    private static final AtomicInteger SERIAL = new AtomicInteger(5000 + (int) (System.nanoTime() % 4000));
    private static final Pattern VERIFY_LINK = Pattern.compile("verifikasi-email\\?token=([A-Za-z0-9_-]+)");

    private TestAccounts() {
    }

    /** A verified citizen; {@code password} signs in at /masuk with {@code email} or {@code nik}. */
    public record Citizen(long id, String fullName, String email, String nik, String password) {

        /** The principal Spring Security holds after this person signs in. */
        public PortalUser principal() {
            return new PortalUser(id, fullName, email, AccountKind.CITIZEN, "{noop}unused", true,
                    List.of(AccountKind.CITIZEN.name()));
        }
    }

    /** Registers and verifies a citizen with a fresh NIK, e-mail address and phone number. */
    public static Citizen verifiedCitizen(RegistrationService registration, JdbcTemplate jdbc, String fullName) {
        int n = SERIAL.incrementAndGet();
        String email = "warga" + n + "@contoh.id";
        String password = "Kursi roda untuk ibu saya 2026";
        Registration form = new Registration(fullName, TestCitizens.nik(), email, "0813" + String.format("%07d", n),
                "32.16.05.2001", "Jl. Melati No. 5, RT 002/RW 004", null, password, password,
                EnumSet.of(ConsentPurpose.PRIVACY_NOTICE));
        long id = registration.register(form, Languages.INDONESIAN);
        String body = jdbc.queryForObject("SELECT body FROM notification_outbox WHERE recipient = ? "
                + "AND template = 'verify-email' ORDER BY id DESC LIMIT 1", String.class, email);
        Matcher link = VERIFY_LINK.matcher(body);
        assertThat(link.find()).as("the verification mail carries its link").isTrue();
        assertThat(registration.verifyEmail(link.group(1))).isTrue();
        return new Citizen(id, fullName, email, form.nik(), password);
    }

    /** A principal that is not a citizen, to show what staff may not do. */
    public static PortalUser staff(long accountId, String fullName) {
        return new PortalUser(accountId, fullName, "petugas" + accountId + "@dinsos.example.go.id", AccountKind.STAFF,
                "{noop}unused", true, List.of(AccountKind.STAFF.name()));
    }

    /** From now on, in this thread, service calls are made by this person. */
    public static void signIn(PortalUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public static void signIn(Citizen citizen) {
        signIn(citizen.principal());
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Runs one call as the person, then restores whoever was signed in before. */
    public static <T> T as(Citizen citizen, Supplier<T> call) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        try {
            signIn(citizen);
            return call.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    public static void as(Citizen citizen, Runnable call) {
        as(citizen, () -> {
            call.run();
            return null;
        });
    }
}
