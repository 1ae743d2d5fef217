package com.reten.gateway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The PostgreSQL the app starts for itself when no {@code spring.datasource.url} is given.
 *
 * @param dataDirectory where the cluster lives; kept across restarts
 * @param port TCP port on loopback, 0 for any free one
 */
@ConfigurationProperties("reten.embedded-db")
record EmbeddedDatabaseProperties(String dataDirectory, int port) {

  EmbeddedDatabaseProperties {
    dataDirectory = dataDirectory == null ? ".reten-data/postgres" : dataDirectory;
  }
}
