package id.dinsos.portal.account;

import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid, distinct registration forms for tests: every call a new NIK, e-mail and phone number. */
public final class TestCitizens {

    private static final AtomicInteger SERIAL = new AtomicInteger(100 + (int) (System.nanoTime() % 5000));

    private TestCitizens() {
    }

    /** A woman born 12 March 1990 in Cikarang Pusat (day 12 + 40 = 52), with a fresh serial. */
    public static String nik() {
        return "321605520390" + String.format("%04d", SERIAL.incrementAndGet());
    }

    public static Registration form() {
        int n = SERIAL.incrementAndGet();
        return new Registration("Siti Rahmawati", nik(), "siti" + n + "@contoh.id", "0812" + String.format("%07d", n),
                "32.16.05.2001", "Jl. Melati No. 5, RT 002/RW 004", null, "Kursi roda untuk ibu saya 2026",
                "Kursi roda untuk ibu saya 2026", EnumSet.of(ConsentPurpose.PRIVACY_NOTICE));
    }

    public static Registration withNik(Registration f, String nik) {
        return new Registration(f.fullName(), nik, f.email(), f.phone(), f.regionCode(), f.addressLine(),
                f.addressOutside(), f.password(), f.passwordRepeat(), f.consents());
    }

    public static Registration withEmail(Registration f, String email) {
        return new Registration(f.fullName(), f.nik(), email, f.phone(), f.regionCode(), f.addressLine(),
                f.addressOutside(), f.password(), f.passwordRepeat(), f.consents());
    }
}
