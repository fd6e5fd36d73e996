/** The demo's mailbox page: what the embedded mail sink received, so a newcomer can follow a link. */
@NullMarked
package id.dinsos.portal.notification.ui;

import org.jspecify.annotations.NullMarked;
