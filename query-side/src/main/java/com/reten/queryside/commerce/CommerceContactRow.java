package com.reten.queryside.commerce;

import com.reten.api.commerce.CommerceContactAddedEvent;
import com.reten.api.commerce.CommerceContactView;
import com.reten.api.commerce.ContactType;
import com.reten.api.commerce.RecordSource;
import com.reten.queryside.common.InsertableRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "rm_commerce_contact")
class CommerceContactRow extends InsertableRow {

  @Id private UUID id;

  @Column(name = "commerce_id")
  private UUID commerceId;

  private long position;

  @Column(name = "user_id")
  private UUID userId;

  @Enumerated(EnumType.STRING)
  @Column(name = "contact_type")
  private ContactType contactType;

  private String value;

  @Enumerated(EnumType.STRING)
  private RecordSource source;

  @Column(name = "is_primary")
  private boolean primary;

  @Column(name = "is_active")
  private boolean active;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected CommerceContactRow() {}

  CommerceContactRow(CommerceContactAddedEvent event, long position) {
    this.position = position;
    this.id = event.contactId();
    this.commerceId = event.commerceId();
    this.userId = event.userId();
    this.contactType = event.contactType();
    this.value = event.value();
    this.source = event.source();
    this.primary = event.primary();
    this.active = true;
    this.createdAt = event.addedAt();
    this.updatedAt = event.addedAt();
  }

  @Override
  public UUID getId() {
    return id;
  }

  UUID userId() {
    return userId;
  }

  void change(String value, boolean primary, Instant at) {
    this.value = value;
    this.primary = primary;
    this.updatedAt = at;
  }

  void unsetPrimary(Instant at) {
    change(value, false, at);
  }

  /** A deactivated contact is never primary, and is not primary again when reactivated. */
  void activate(boolean active, Instant at) {
    this.active = active;
    change(value, false, at);
  }

  CommerceContactView toView() {
    return new CommerceContactView(
        id, contactType, value, source, primary, active, createdAt, updatedAt);
  }
}
