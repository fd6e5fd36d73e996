package id.dinsos.portal.organisation;

import java.io.IOException;
import java.io.InputStream;

/**
 * A library document opened for reading, for a member who may see it. The caller closes it.
 *
 * @param mediaType    the type its content showed when stored, to serve it with
 * @param originalName the cleaned name it had on the uploader's device, to name the download
 * @param sha256       of the stored bytes, 64 lower-case hex digits
 * @param size         of the stored bytes
 * @param content      the bytes, from the file store
 */
public record OpenedDocument(long id, String mediaType, String originalName, String sha256, long size,
                             InputStream content) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        content.close();
    }
}
