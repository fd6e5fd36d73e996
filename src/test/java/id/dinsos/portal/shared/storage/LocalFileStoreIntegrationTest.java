package id.dinsos.portal.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

import id.dinsos.portal.shared.PortalProperties;
import id.dinsos.portal.support.IntegrationTest;

/** The application's FileStore is the local one, under the configured data directory, with the defaults. */
@IntegrationTest
class LocalFileStoreIntegrationTest {

    @Autowired
    FileStore store;
    @Autowired
    PortalProperties portal;
    @Autowired
    UploadPolicy policy;

    @Test
    void the_file_store_keeps_files_under_the_data_directory() throws IOException {
        assertThat(store).isInstanceOf(LocalFileStore.class);
        Path root = portal.dataDir().resolve("files").toAbsolutePath().normalize();
        assertThat(((LocalFileStore) store).root()).isEqualTo(root);

        byte[] pdf = TestFiles.pdf();
        StoredFile stored = store.store(new ByteArrayInputStream(pdf), "SKTM.pdf");
        try {
            assertThat(Files.readAllBytes(root.resolve(stored.key()))).isEqualTo(pdf);
        } finally {
            store.delete(stored.key());
        }
        assertThat(root.resolve(stored.key())).doesNotExist();
    }

    @Test
    void the_upload_limits_have_their_documented_defaults() {
        assertThat(policy.maxFileSize()).isEqualTo(DataSize.ofMegabytes(10));
        assertThat(policy.maxApplicationSize()).isEqualTo(DataSize.ofMegabytes(50));
        assertThat(policy.maxImageDimension()).isEqualTo(2000);
    }
}
