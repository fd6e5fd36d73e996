package id.dinsos.portal.intake;

import org.jspecify.annotations.Nullable;

/**
 * The person the application is for, when it is not the applicant (a family member): name, NIK and
 * relation to the applicant (a code such as {@code anak}, {@code orang-tua}, {@code suami-istri}).
 */
public record Beneficiary(@Nullable String name, @Nullable String nik, @Nullable String relation) {

    /** The relations the forms offer. */
    public static final java.util.List<String> RELATIONS = java.util.List.of("suami-istri", "anak", "orang-tua",
            "saudara", "cucu", "lainnya");

    @Override
    public String toString() {
        return "Beneficiary[…]";
    }
}
