/**
 * The service catalogue: every service of the office's Standar Pelayanan with its 14 components,
 * imported from the office's files and versioned; the public catalogue pages, the Maklumat
 * Pelayanan and the public catalogue API.
 */
@NullMarked
package id.dinsos.portal.catalogue;

import org.jspecify.annotations.NullMarked;
