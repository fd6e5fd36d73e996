/**
 * Letters (naskah dinas): templates an office edits, drafts made from approved applications, the paraf
 * chain, numbering at signing, rendering as PDF/A-2b with a QR code, electronic signatures, delivery,
 * revocation and public verification (docs/adr/0020, docs/letter-templates.md).
 * <p>
 * {@link id.dinsos.portal.letter.LetterService} owns the transactions and decides who may prepare,
 * initial, sign, revoke and download a letter; {@link id.dinsos.portal.letter.LetterVerification} is the
 * public side. Views and controllers only call them.
 */
@NullMarked
package id.dinsos.portal.letter;

import org.jspecify.annotations.NullMarked;
