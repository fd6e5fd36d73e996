package id.dinsos.portal.shared.storage;

import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Where the portal keeps uploaded and generated files: the local file system under the data
 * directory ({@link LocalFileStore}, {@code portal.storage.type=local}, the default), later an object
 * store (docs/adr/0009).
 * <p>
 * Every file goes through {@link UploadChecker}'s rules on the way in: PDF, JPEG or PNG by content,
 * not empty, within {@code portal.upload.max-file-size}, photos reduced. It is stored under a random
 * key ({@code yyyy/MM/<uuid>}) that never comes from the person's input, with its SHA-256.
 * <p>
 * The store does not know who may read a file, and serves nothing itself: the module that records the
 * {@link StoredFile} checks the person's access to its own record first, and only then calls
 * {@link #open(String)}. A key is not a secret and never a permission.
 */
public interface FileStore {

    /**
     * Checks and stores one upload. Reading stops as soon as the file is refused; on any failure
     * nothing is left behind. {@code content} is not closed.
     *
     * @param content      the bytes, streamed (never read into memory as a whole)
     * @param originalName the name the file had on the person's device: kept (cleaned) to show
     *                     again, never used for the key
     * @return the stored file, with the size and SHA-256 of the bytes as stored
     * @throws UploadRejectedException with the reason to tell the person
     * @throws UncheckedIOException    when the upload cannot be read (the browser went away) or
     *                                 the store cannot write
     */
    StoredFile store(InputStream content, String originalName);

    /**
     * Like {@link #store(InputStream, String)}, and also refuses the file if it would take the
     * application's files past {@code portal.upload.max-application-size}
     * ({@link UploadRejectedException.Reason#TOTAL_TOO_LARGE}).
     * <p>
     * Two uploads at the same moment can each pass this check: the module that records the files
     * checks the total again in its own transaction ({@link UploadChecker#checkTotal}).
     *
     * @param alreadyStored the bytes the application's files already take (the sum of their
     *                      {@link StoredFile#size()})
     */
    StoredFile store(InputStream content, String originalName, long alreadyStored);

    /**
     * The stored bytes, for the caller to close. Only after the caller has checked that the person
     * may see the record this file belongs to.
     *
     * @throws IllegalArgumentException for anything that is not a key of this store (e.g.
     *                                  {@code ../../etc/passwd})
     * @throws UncheckedIOException     when there is no such file, or it cannot be read
     */
    InputStream open(String key);

    /**
     * Removes a file; nothing happens if it is already gone.
     *
     * @throws IllegalArgumentException for anything that is not a key of this store
     */
    void delete(String key);

    /**
     * Whether a file is stored under this key.
     *
     * @throws IllegalArgumentException for anything that is not a key of this store
     */
    boolean exists(String key);
}
