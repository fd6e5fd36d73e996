package id.dinsos.portal.intake;

import org.jspecify.annotations.Nullable;

/**
 * The person who applies (or reports): name, NIK (16 digits, checked), mobile number (E.164) and
 * e-mail. For a report, only a name and a way to reach the reporter are needed.
 */
public record Applicant(@Nullable String name, @Nullable String nik, @Nullable String phone, @Nullable String email) {

    /** Without the personal data, because records end up in logs. */
    @Override
    public String toString() {
        return "Applicant[…]";
    }
}
