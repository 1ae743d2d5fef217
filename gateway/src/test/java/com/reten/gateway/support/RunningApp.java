package com.reten.gateway.support;

import com.reten.gateway.RetenApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application started and stopped by a test itself, for tests about the app's lifecycle
 * (restarts, losing its database) that a shared Spring test context cannot express.
 */
public final class RunningApp implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private RunningApp(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /** Starts the app with the test profile on a random port, plus {@code --key=value} arguments. */
  public static RunningApp start(String... arguments) {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0"));
    args.addAll(List.of(arguments));
    return new RunningApp(
        new SpringApplicationBuilder(RetenApplication.class)
            .profiles("test")
            .run(args.toArray(String[]::new)));
  }

  public ApiClient api() {
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    return new ApiClient("http://localhost:" + port);
  }

  /** A bean of the running application, for tests that look inside it (metrics, JDBC). */
  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }
}
