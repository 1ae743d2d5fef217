package com.reten.gateway.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Points a rebuilding processor's transaction at the shadow schema, so the projection's unchanged
 * code writes its tables there while tables it only reads (another read model, the token store)
 * still resolve to the live schema. {@code SET LOCAL} ends with the transaction, so the pooled
 * connection goes back unchanged.
 */
final class ShadowSchemaInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

  private static final String APPLIED = ShadowSchemaInterceptor.class.getName();

  private final String schema;
  private final JdbcTemplate jdbc;

  ShadowSchemaInterceptor(String schema, JdbcTemplate jdbc) {
    this.schema = schema;
    this.jdbc = jdbc;
  }

  @Override
  public Object handle(
      UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
      throws Exception {
    unitOfWork
        .root()
        .resources()
        .computeIfAbsent(
            APPLIED,
            key -> {
              jdbc.execute("SET LOCAL search_path TO " + schema + ", public");
              return Boolean.TRUE;
            });
    return interceptorChain.proceed();
  }
}
