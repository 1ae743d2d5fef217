package com.reten.gateway.web;

import java.util.Optional;
import org.slf4j.MDC;

/**
 * The correlation id of the request this thread is serving (API.md 1.2, {@code x-request-id}). The
 * command metadata interceptor reads it so every event a request causes carries it.
 */
public final class RequestId {

  public static final String HEADER = "x-request-id";
  public static final String MDC_KEY = "requestId";

  /** Keeps the id across the async and error dispatches of the same request. */
  static final String ATTRIBUTE = RequestId.class.getName();

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private RequestId() {}

  /** Empty outside a request thread (event processors, schedulers). */
  public static Optional<String> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** Binds {@code id} to this thread until the scope closes, then restores what was there. */
  static Scope open(String id) {
    String previous = CURRENT.get();
    bind(id);
    return () -> bind(previous);
  }

  private static void bind(String id) {
    if (id == null) {
      CURRENT.remove();
      MDC.remove(MDC_KEY);
    } else {
      CURRENT.set(id);
      MDC.put(MDC_KEY, id);
    }
  }

  interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
