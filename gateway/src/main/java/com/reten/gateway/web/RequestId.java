package com.reten.gateway.web;

import java.util.Optional;
import java.util.UUID;
import org.slf4j.MDC;

/**
 * The correlation id of the request this thread is serving (API.md 1.2, {@code x-request-id}). The
 * command metadata interceptor reads it so every event a request causes carries it.
 */
public final class RequestId {

  public static final String HEADER = "x-request-id";
  public static final String MDC_KEY = "requestId";

  /** The active tenant of the request, once access control resolved it; cleared with the id. */
  public static final String TENANT_MDC_KEY = "tenantId";

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

  /** Names the request's tenant on its later log lines (a field of each JSON line). */
  public static void tenant(UUID tenantId) {
    if (CURRENT.get() != null && tenantId != null) {
      MDC.put(TENANT_MDC_KEY, tenantId.toString());
    }
  }

  private static void bind(String id) {
    if (id == null) {
      CURRENT.remove();
      MDC.remove(MDC_KEY);
      MDC.remove(TENANT_MDC_KEY);
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
