package id.dinsos.portal.casework;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import id.dinsos.portal.intake.ApplicationStatus;

/**
 * The inbox's question. Without a state only open cases are listed, unless {@code includeFinished};
 * asking for {@link InboxState#MET} or {@link InboxState#MISSED} lists finished ones. The dates are
 * days in the office's zone, both inclusive.
 */
public record InboxFilter(InboxScope scope, @Nullable String serviceCode, @Nullable ApplicationStatus status,
                          @Nullable InboxState state, @Nullable String districtCode, @Nullable LocalDate submittedFrom,
                          @Nullable LocalDate submittedTo, boolean includeFinished) {

    public static InboxFilter of(InboxScope scope) {
        return new InboxFilter(scope, null, null, null, null, null, null, false);
    }

    public InboxFilter withState(@Nullable InboxState state) {
        return new InboxFilter(scope, serviceCode, status, state, districtCode, submittedFrom, submittedTo,
                includeFinished);
    }

    public InboxFilter withService(@Nullable String code) {
        return new InboxFilter(scope, code, status, state, districtCode, submittedFrom, submittedTo, includeFinished);
    }

    public InboxFilter withStatus(@Nullable ApplicationStatus value) {
        return new InboxFilter(scope, serviceCode, value, state, districtCode, submittedFrom, submittedTo,
                includeFinished);
    }

    public InboxFilter withDistrict(@Nullable String code) {
        return new InboxFilter(scope, serviceCode, status, state, code, submittedFrom, submittedTo, includeFinished);
    }

    public InboxFilter withSubmitted(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new InboxFilter(scope, serviceCode, status, state, districtCode, from, to, includeFinished);
    }

    public InboxFilter withFinished(boolean value) {
        return new InboxFilter(scope, serviceCode, status, state, districtCode, submittedFrom, submittedTo, value);
    }
}
