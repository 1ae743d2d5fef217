package com.reten.gateway.support;

import com.reten.queryside.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port over real HTTP, against a fresh PostgreSQL database for
 * each test class (the context is closed after the class, so the next one gets a new database).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class IntegrationTest {

  public static final String ROOT_EMAIL = "root@reten.test";
  public static final String ROOT_PASSWORD = "root-password-123";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
  }

  @LocalServerPort private int port;
  @Autowired protected JdbcTemplate jdbc;

  protected ApiClient api;

  @BeforeEach
  void connectClient() {
    api = new ApiClient("http://localhost:" + port);
  }

  /** Signs in as the bootstrap SUPER_ADMIN. */
  protected ApiClient asRoot() {
    return api.signIn(ROOT_EMAIL, ROOT_PASSWORD);
  }
}
