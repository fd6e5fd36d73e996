package id.dinsos.portal.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link FileStore} on the local file system: {@code <root>/yyyy/MM/<uuid>}, by default
 * {@code ${portal.data-dir}/files}.
 * <p>
 * An upload is written to {@code <root>/.incoming} first and moved into place with an atomic rename
 * once it has passed every check and is on disk, so a reader never sees half a file and a failed upload
 * leaves nothing. Nothing is kept in memory between calls: several nodes can share the root on one
 * network file system (docs/adr/0009).
 */
public class LocalFileStore implements FileStore {

    private static final Logger log = LoggerFactory.getLogger(LocalFileStore.class);

    static final String INCOMING = ".incoming";

    /** Older partial uploads were left by a node that stopped mid-upload; younger ones may be in progress. */
    private static final Duration ABANDONED_AFTER = Duration.ofDays(1);

    private final Path root;
    private final Path incoming;
    private final UploadChecker checker;
    private final Clock clock;

    public LocalFileStore(Path root, UploadChecker checker, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.incoming = this.root.resolve(INCOMING);
        this.checker = checker;
        this.clock = clock;
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the file store's folder " + this.root, e);
        }
        removeAbandonedUploads();
    }

    /** The folder the files are kept in. */
    public Path root() {
        return root;
    }

    @Override
    public StoredFile store(InputStream content, String originalName) {
        return doStore(content, originalName, null);
    }

    @Override
    public StoredFile store(InputStream content, String originalName, long alreadyStored) {
        return doStore(content, originalName, alreadyStored);
    }

    private StoredFile doStore(InputStream content, String originalName, @Nullable Long alreadyStored) {
        String name = StoredFile.cleanName(originalName);
        Path partial = null;
        try {
            // Random name: two nodes sharing the folder never write the same partial file.
            partial = Files.createTempFile(incoming, "upload-", ".part");
            CheckedUpload checked = checker.check(content, partial);
            if (alreadyStored != null) {
                checker.checkTotal(alreadyStored, checked.size());
            }
            String key = StorageKeys.newKey(clock);
            Path target = path(key);
            Files.createDirectories(target.getParent());
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            StoredFile stored = new StoredFile(key, checked.sha256(), checked.size(), checked.type(), name);
            log.info("Stored {} ({} bytes, {})", key, stored.size(), stored.type());
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("An upload could not be stored", e);
        } finally {
            if (partial != null) {
                deleteQuietly(partial);
            }
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Stored file " + key + " cannot be read", e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            if (Files.deleteIfExists(path(key))) {
                log.info("Deleted {}", key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Stored file " + key + " cannot be deleted", e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(path(key));
    }

    /** The file of a key; refuses anything that is not a key this store made. */
    private Path path(String key) {
        Path path = root.resolve(StorageKeys.requireValid(key)).normalize();
        // The key's pattern already excludes "..", separators and absolute paths; this is the belt to
        // those braces, should the pattern ever be loosened.
        if (!path.startsWith(root) || path.startsWith(incoming)) {
            throw new IllegalArgumentException("Not a storage key");
        }
        return path;
    }

    private void removeAbandonedUploads() {
        Instant before = clock.instant().minus(ABANDONED_AFTER);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(incoming)) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    deleteQuietly(file);
                }
            }
        } catch (IOException e) {
            log.warn("Could not look for abandoned uploads in {}", incoming, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the partial upload {}", file.getFileName(), e);
        }
    }
}
