package com.reten.commandside.commerce;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.commerce.CommerceContactAddedEvent;
import com.reten.api.commerce.CommerceContactDeactivatedEvent;
import com.reten.api.commerce.CommerceContactReactivatedEvent;
import com.reten.api.commerce.CommerceContactUpdatedEvent;
import com.reten.api.commerce.ContactType;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

/** One way to reach a commerce user. Its type never changes; its value stays valid for it. */
class CommerceContact {

  @EntityId private final UUID contactId;
  private final UUID tenantId;
  private final UUID commerceId;
  private final UUID userId;
  private final ContactType type;
  private String value;
  private boolean primary;
  private boolean active = true;

  CommerceContact(CommerceContactAddedEvent event) {
    this.contactId = event.contactId();
    this.tenantId = event.tenantId();
    this.commerceId = event.commerceId();
    this.userId = event.userId();
    this.type = event.contactType();
    this.value = event.value();
    this.primary = event.primary();
  }

  /** {@code value} normalised, if it is valid for {@code type}. */
  static String validValue(ContactType type, String value) {
    if (type == null) {
      throw new RetenException(ErrorCode.VALIDATION_FAILED, "contact_type must not be null");
    }
    String problem = type.problemWith(value);
    if (problem != null) {
      throw new RetenException(ErrorCode.VALIDATION_FAILED, "value: " + problem);
    }
    return type.normalize(value);
  }

  UUID id() {
    return contactId;
  }

  ContactType type() {
    return type;
  }

  boolean isPrimary(ContactType ofType) {
    return primary && type == ofType;
  }

  boolean isActive(ContactType ofType, String withValue) {
    return active && type == ofType && value.equals(withValue);
  }

  /** New value and primary flag where not {@code null}; {@code currentPrimary} of this type. */
  void change(String newValue, Boolean makePrimary, UUID currentPrimary, Instant at) {
    String changedValue = newValue == null ? value : validValue(type, newValue);
    boolean nowPrimary = makePrimary == null ? primary : makePrimary;
    if (nowPrimary && !active) {
      throw new RetenException(
          ErrorCode.INVALID_STATE_TRANSITION, "An inactive contact cannot be primary");
    }
    if (changedValue.equals(value) && nowPrimary == primary) {
      return;
    }
    UUID replaced = nowPrimary && !primary ? currentPrimary : null;
    apply(
        new CommerceContactUpdatedEvent(
            tenantId, commerceId, userId, contactId, changedValue, nowPrimary, replaced, at));
  }

  void deactivate(Instant at) {
    if (active) {
      apply(new CommerceContactDeactivatedEvent(tenantId, commerceId, userId, contactId, at));
    }
  }

  void reactivate(Instant at) {
    if (!active) {
      apply(new CommerceContactReactivatedEvent(tenantId, commerceId, userId, contactId, at));
    }
  }

  void unsetPrimary() {
    primary = false;
  }

  @EventSourcingHandler
  void on(CommerceContactUpdatedEvent event) {
    value = event.value();
    primary = event.primary();
  }

  @EventSourcingHandler
  void on(CommerceContactDeactivatedEvent event) {
    active = false;
    primary = false;
  }

  @EventSourcingHandler
  void on(CommerceContactReactivatedEvent event) {
    active = true;
  }

  /** Equal state, so the test fixture can tell a replayed aggregate from the working one. */
  @Override
  public boolean equals(Object other) {
    return other instanceof CommerceContact that
        && contactId.equals(that.contactId)
        && value.equals(that.value)
        && primary == that.primary
        && active == that.active;
  }

  @Override
  public int hashCode() {
    return contactId.hashCode();
  }
}
