package com.reten.gateway.security;

import com.reten.api.audit.ActorType;
import com.reten.api.audit.EventMetadata;
import com.reten.gateway.web.RequestId;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Stamps every command with who sent it, for which tenant, under which request and when; Axon's
 * correlation data providers then copy the stamp onto every event the command causes. Metadata a
 * sender set explicitly (sign-in names the user before it is authenticated) is kept.
 */
@Component
class ActorMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

  private static final String SYSTEM_ACTOR = "reten";

  private final Map<Class<?>, Optional<RecordComponent>> tenantComponents =
      new ConcurrentHashMap<>();
  private final Clock clock;

  ActorMetadataInterceptor(Clock clock) {
    this.clock = clock;
  }

  @Override
  public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
      List<? extends CommandMessage<?>> messages) {
    return (index, command) -> {
      Map<String, Object> stamp = new HashMap<>();
      tenantOf(command.getPayload())
          .ifPresent(tenant -> stamp.put(EventMetadata.TENANT_ID, tenant.toString()));
      Caller caller = currentCaller();
      stamp.put(
          EventMetadata.ACTOR_TYPE,
          caller == null ? ActorType.SYSTEM.name() : caller.actorType().name());
      stamp.put(EventMetadata.ACTOR_ID, caller == null ? SYSTEM_ACTOR : caller.actorId());
      stamp.put(
          EventMetadata.CORRELATION_ID,
          RequestId.current().orElseGet(() -> UUID.randomUUID().toString()));
      stamp.put(EventMetadata.TIMESTAMP, clock.instant().toString());
      stamp.putAll(command.getMetaData());
      return command.withMetaData(stamp);
    };
  }

  private static Caller currentCaller() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    return attributes == null
        ? null
        : (Caller)
            attributes.getAttribute(
                AccessInterceptor.CALLER_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
  }

  /** Commands name their tenant in a {@code tenantId} record component (null: platform-level). */
  private Optional<UUID> tenantOf(Object payload) {
    if (!payload.getClass().isRecord()) {
      return Optional.empty();
    }
    var component =
        tenantComponents.computeIfAbsent(payload.getClass(), ActorMetadataInterceptor::tenantField);
    if (component.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable((UUID) component.get().getAccessor().invoke(payload));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read tenantId of " + payload.getClass(), e);
    }
  }

  private static Optional<RecordComponent> tenantField(Class<?> type) {
    for (RecordComponent component : type.getRecordComponents()) {
      if (component.getName().equals("tenantId") && component.getType() == UUID.class) {
        return Optional.of(component);
      }
    }
    return Optional.empty();
  }
}
