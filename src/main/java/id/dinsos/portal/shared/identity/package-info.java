/**
 * Indonesian identity and contact numbers as value objects that cannot hold an invalid value
 * ({@link id.dinsos.portal.shared.identity.Nik}, {@link id.dinsos.portal.shared.identity.KkNumber},
 * {@link id.dinsos.portal.shared.identity.Npwp}, {@link id.dinsos.portal.shared.identity.PhoneNumber}),
 * and {@link id.dinsos.portal.shared.identity.IdentityValidation} for forms: the rule that failed as
 * an i18n key. Their {@code toString()} is masked, because these numbers identify people (UU 27/2022).
 */
@NullMarked
package id.dinsos.portal.shared.identity;

import org.jspecify.annotations.NullMarked;
