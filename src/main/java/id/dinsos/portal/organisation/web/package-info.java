/**
 * HTTP endpoints of the organisation module outside Vaadin: the download of a library document.
 */
@NullMarked
package id.dinsos.portal.organisation.web;

import org.jspecify.annotations.NullMarked;
