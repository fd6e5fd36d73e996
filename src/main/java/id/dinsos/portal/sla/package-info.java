/**
 * Service-level time: the office's working-time calendar (office hours, weekends, libur nasional and
 * cuti bersama), deadlines for every time-limit unit of the catalogue, clock pauses while the
 * applicant or an outside party is awaited, and the on-track / due-soon / overdue states. The rules
 * are in docs/adr/0010-working-time-and-deadlines.md.
 */
@NullMarked
package id.dinsos.portal.sla;

import org.jspecify.annotations.NullMarked;
