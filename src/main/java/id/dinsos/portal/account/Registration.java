package id.dinsos.portal.account;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a person fills in to register.
 *
 * @param regionCode    the desa/kelurahan code when the person lives in the office's area
 * @param addressLine   street, house number, RT/RW within that desa/kelurahan
 * @param addressOutside the full address when the person lives outside the office's area
 * @param consents      the purposes the person agreed to
 */
public record Registration(String fullName, String nik, String email, String phone, @Nullable String regionCode,
                           @Nullable String addressLine, @Nullable String addressOutside, String password,
                           String passwordRepeat, Set<ConsentPurpose> consents) {
}
