package id.dinsos.portal.shared.db;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import id.dinsos.portal.shared.PortalProperties;

/**
 * One DataSource, two sources (docs/adr/0002): the server named by {@code DB_URL} /
 * {@code spring.datasource.url} when there is one, otherwise an embedded MariaDB under the data
 * directory. Either way it is MariaDB, so there is one SQL dialect everywhere.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DataSource dataSource(PortalProperties portal,
                          @Value("${spring.datasource.url:}") String url,
                          @Value("${spring.datasource.username:}") String username,
                          @Value("${spring.datasource.password:}") String password,
                          @Value("${portal.db.pool-size:10}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("portal");
        config.setMaximumPoolSize(poolSize);
        if (StringUtils.hasText(url)) {
            config.setJdbcUrl(url);
            config.setUsername(username);
            config.setPassword(password);
            return new HikariDataSource(config);
        }
        EmbeddedMariaDb embedded = EmbeddedMariaDbHolder.obtain(portal.dataDir());
        config.setJdbcUrl(embedded.jdbcUrl());
        config.setUsername("root");
        config.setPassword("");
        return new HikariDataSource(config);
    }
}
