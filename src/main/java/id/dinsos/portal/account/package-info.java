/**
 * Accounts: citizens who register themselves, staff created by an administrator; authentication,
 * sign-in throttling, e-mail verification and consent records.
 */
@NullMarked
package id.dinsos.portal.account;

import org.jspecify.annotations.NullMarked;
