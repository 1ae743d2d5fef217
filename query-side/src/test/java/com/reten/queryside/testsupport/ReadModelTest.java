package com.reten.queryside.testsupport;

import com.reten.queryside.config.QuerySideConfig;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A projection test on a real PostgreSQL: JPA and Flyway only, read-model tables migrated, each
 * test rolled back. Test classes add {@code @Import} of the projection under test and register
 * {@link TestDatabase} in a {@code @DynamicPropertySource}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(classes = QuerySideConfig.class)
public @interface ReadModelTest {}
