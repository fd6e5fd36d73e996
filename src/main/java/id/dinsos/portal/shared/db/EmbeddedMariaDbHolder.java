package id.dinsos.portal.shared.db;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One embedded server per data directory and JVM: test suites build several Spring contexts, and
 * each must not pay the server's start-up again (nor fight over the same files). The server stops
 * when the JVM does.
 */
final class EmbeddedMariaDbHolder {

    private static final Map<Path, EmbeddedMariaDb> SERVERS = new HashMap<>();

    private EmbeddedMariaDbHolder() {
    }

    static synchronized EmbeddedMariaDb obtain(Path dataDir) {
        Path key = dataDir.toAbsolutePath().normalize();
        return SERVERS.computeIfAbsent(key, dir -> {
            EmbeddedMariaDb server = EmbeddedMariaDb.start(dir, "portal");
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-mariadb-stop"));
            return server;
        });
    }
}
