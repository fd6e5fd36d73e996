/**
 * The portal's file storage: uploads (organisation documents, application documents, later signed
 * letters) checked by content and limits ({@link id.dinsos.portal.shared.storage.UploadChecker}),
 * large photos reduced, and kept behind {@link id.dinsos.portal.shared.storage.FileStore} under random
 * keys with their SHA-256 (docs/adr/0009). Nothing here serves a file: the module that owns it checks
 * access, then opens it.
 */
@NullMarked
package id.dinsos.portal.shared.storage;

import org.jspecify.annotations.NullMarked;
