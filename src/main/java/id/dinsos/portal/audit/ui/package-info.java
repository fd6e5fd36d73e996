/** The administrator's view of the audit trail. */
@NullMarked
package id.dinsos.portal.audit.ui;

import org.jspecify.annotations.NullMarked;
