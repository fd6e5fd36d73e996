/**
 * What every PDF the portal writes shares (docs/adr/0012): the bundled, embedded fonts. The modules
 * that own a document lay it out with OpenPDF: letters, which also lay out intake's receipt (through
 * intake's ReceiptRenderer), and the demo's sample files.
 */
@NullMarked
package id.dinsos.portal.shared.pdf;

import org.jspecify.annotations.NullMarked;
