package id.dinsos.portal.casework;

import java.io.InputStream;

/** A visit photo opened for someone entitled to its case: the caller closes {@code content}. */
public record PhotoDownload(String fileName, String mediaType, long size, InputStream content) {
}
