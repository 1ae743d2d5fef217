package com.reten.api.audit;

/**
 * The metadata keys every event carries. They are set once, when the gateway dispatches a command,
 * and copied onto each event the command causes.
 */
public final class EventMetadata {

  /** The tenant the event belongs to; absent for platform-level events. */
  public static final String TENANT_ID = "tenantId";

  /** An {@link ActorType} name. */
  public static final String ACTOR_TYPE = "actorType";

  /** The user id, API-key id, or system component name. */
  public static final String ACTOR_ID = "actorId";

  /** The request's {@code x-request-id}. */
  public static final String CORRELATION_ID = "correlationId";

  /** When the request that caused the event was received (ISO-8601, UTC). */
  public static final String TIMESTAMP = "timestamp";

  private EventMetadata() {}
}
