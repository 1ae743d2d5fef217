package com.reten.gateway.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a PostgreSQL server from the embedded binaries when no {@code spring.datasource.url} is
 * set, so a fresh clone runs with no set-up. Data stays in {@code reten.embedded-db.data-directory}
 * across restarts; durability settings are put back to PostgreSQL's defaults, which the embedded
 * library turns off for tests.
 */
@Configuration
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfig {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
    Path dataDirectory = Path.of(properties.dataDirectory()).toAbsolutePath();
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setPort(properties.port())
            // Stopped by this bean's close, after everything that uses it; the library's own JVM
            // shutdown hook ran beside Spring's and stopped the server under running processors.
            .setRegisterShutdownHook(false)
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .start();
    log.info(
        "Embedded PostgreSQL on 127.0.0.1:{}, data in {} (set SPRING_DATASOURCE_URL to use another"
            + " server)",
        postgres.getPort(),
        dataDirectory);
    return postgres;
  }

  @Bean
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    dataSource.setUsername("postgres");
    return dataSource;
  }
}
