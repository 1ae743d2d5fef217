package com.reten.queryside.testsupport;

import com.reten.queryside.config.QuerySideConfig;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of projection tests on a real PostgreSQL: JPA and Flyway only, read-model tables migrated in
 * a fresh database, each test rolled back. Subclasses {@code @Import} the projection under test.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(classes = QuerySideConfig.class)
public abstract class ReadModelTest {

  /** A fixed business time for events. */
  protected static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

  @Autowired private EntityManager entityManager;

  /**
   * Sends the projection's pending JPA writes, as a processor's commit does, so that queries read
   * in JDBC see them.
   */
  protected void flush() {
    entityManager.flush();
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
  }
}
