package com.reten.gateway.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts what the application sends to PostgreSQL: statements prepared or created (one per SQL
 * statement run; a JDBC batch counts once) and commits, each split into the request threads
 * (Tomcat's) and everything else (processors, workers). Import {@link Config} into a test to wrap
 * the app's DataSource; the counts are global, so a test reads them around one request at a time.
 */
public final class StatementCounting {

  private static final AtomicLong REQUEST_STATEMENTS = new AtomicLong();
  private static final AtomicLong OTHER_STATEMENTS = new AtomicLong();
  private static final AtomicLong REQUEST_COMMITS = new AtomicLong();
  private static final AtomicLong OTHER_COMMITS = new AtomicLong();

  private StatementCounting() {}

  /** What was counted since the last {@link #reset()}. */
  public record Counts(
      long requestStatements, long otherStatements, long requestCommits, long otherCommits) {
    public long statements() {
      return requestStatements + otherStatements;
    }

    public long commits() {
      return requestCommits + otherCommits;
    }
  }

  public static void reset() {
    REQUEST_STATEMENTS.set(0);
    OTHER_STATEMENTS.set(0);
    REQUEST_COMMITS.set(0);
    OTHER_COMMITS.set(0);
  }

  public static Counts counts() {
    return new Counts(
        REQUEST_STATEMENTS.get(),
        OTHER_STATEMENTS.get(),
        REQUEST_COMMITS.get(),
        OTHER_COMMITS.get());
  }

  /** Wraps the application's DataSource so every connection it hands out is counted. */
  @TestConfiguration
  public static class Config {

    @Bean
    static BeanPostProcessor statementCountingDataSource() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          return bean instanceof DataSource dataSource ? new Counting(dataSource) : bean;
        }
      };
    }
  }

  private static final class Counting extends DelegatingDataSource {

    Counting(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return counted(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return counted(super.getConnection(username, password));
    }

    private static Connection counted(Connection connection) {
      InvocationHandler handler =
          (proxy, method, args) -> {
            String name = method.getName();
            boolean request = Thread.currentThread().getName().startsWith("http-nio");
            if (name.equals("prepareStatement")
                || name.equals("createStatement")
                || name.equals("prepareCall")) {
              (request ? REQUEST_STATEMENTS : OTHER_STATEMENTS).incrementAndGet();
            } else if (name.equals("commit")) {
              (request ? REQUEST_COMMITS : OTHER_COMMITS).incrementAndGet();
            }
            try {
              return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          };
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }
  }
}
