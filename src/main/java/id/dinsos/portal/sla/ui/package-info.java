/** The administrator's page for the office's holidays. */
@NullMarked
package id.dinsos.portal.sla.ui;

import org.jspecify.annotations.NullMarked;
