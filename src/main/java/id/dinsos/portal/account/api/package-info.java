/** The account module's REST endpoints for partner systems (API clients). */
@NullMarked
package id.dinsos.portal.account.api;

import org.jspecify.annotations.NullMarked;
