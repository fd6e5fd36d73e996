/**
 * The shared kernel: small value types every module uses ({@link id.dinsos.portal.shared.LocalizedText},
 * identity and contact numbers in {@code shared.identity}), database start-up, i18n and the public
 * layout ({@code shared.ui}).
 */
@NullMarked
package id.dinsos.portal.shared;

import org.jspecify.annotations.NullMarked;
