/**
 * The office itself as data: its name and letterhead, contacts, office hours and time zone, its units
 * and teams, its head and the Maklumat Pelayanan. Another Dinas Sosial runs the portal by giving its
 * own {@code office.yml}.
 */
@NullMarked
package id.dinsos.portal.office;

import org.jspecify.annotations.NullMarked;
