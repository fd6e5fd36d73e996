/**
 * Audit: an append-only record of who did what to which record and when (staff and role changes,
 * deputising, API clients, sign-ins). Other modules call {@link id.dinsos.portal.audit.AuditLog#record}
 * inside their own transaction, so the record and the change commit together or not at all.
 */
@NullMarked
package id.dinsos.portal.audit;

import org.jspecify.annotations.NullMarked;
