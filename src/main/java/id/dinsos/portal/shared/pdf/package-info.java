/**
 * What every PDF the portal writes shares (docs/adr/0012): the bundled, embedded fonts. The modules
 * that own a document (intake's receipt, later letters) lay it out themselves with OpenPDF.
 */
@NullMarked
package id.dinsos.portal.shared.pdf;

import org.jspecify.annotations.NullMarked;
