package com.reten.queryside.commerce;

import com.reten.api.commerce.CommerceContactView;
import com.reten.api.commerce.CommerceRole;
import com.reten.api.commerce.CommerceUserAddedEvent;
import com.reten.api.commerce.CommerceUserView;
import com.reten.api.commerce.RecordSource;
import com.reten.queryside.common.InsertableRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "rm_commerce_user")
class CommerceUserRow extends InsertableRow {

  @Id private UUID id;

  @Column(name = "commerce_id")
  private UUID commerceId;

  private long position;

  private String name;

  @Column(name = "external_id")
  private String externalId;

  @Enumerated(EnumType.STRING)
  private RecordSource source;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "roles", columnDefinition = "text[]")
  private String[] roles;

  @Column(name = "is_active")
  private boolean active;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected CommerceUserRow() {}

  CommerceUserRow(CommerceUserAddedEvent event, long position) {
    this.position = position;
    this.id = event.userId();
    this.commerceId = event.commerceId();
    this.name = event.name();
    this.externalId = event.externalId();
    this.source = event.source();
    this.roles = names(event.roles().stream());
    this.active = true;
    this.createdAt = event.addedAt();
    this.updatedAt = event.addedAt();
  }

  @Override
  public UUID getId() {
    return id;
  }

  void rename(String name, String externalId, Instant at) {
    this.name = name;
    this.externalId = externalId;
    this.updatedAt = at;
  }

  void activate(boolean active, Instant at) {
    this.active = active;
    this.updatedAt = at;
  }

  void grant(CommerceRole role, Instant at) {
    roles = names(Stream.concat(roles().stream(), Stream.of(role)));
    updatedAt = at;
  }

  void revoke(CommerceRole role, Instant at) {
    roles = names(roles().stream().filter(held -> held != role));
    updatedAt = at;
  }

  void touch(Instant at) {
    updatedAt = at;
  }

  CommerceUserView toView(List<CommerceContactView> contacts) {
    return new CommerceUserView(
        id, name, externalId, source, active, List.copyOf(roles()), contacts, createdAt, updatedAt);
  }

  private Set<CommerceRole> roles() {
    Set<CommerceRole> held = EnumSet.noneOf(CommerceRole.class);
    Arrays.stream(roles).map(CommerceRole::valueOf).forEach(held::add);
    return held;
  }

  /** Stored in declaration order, without duplicates. */
  private static String[] names(Stream<CommerceRole> roles) {
    return roles.distinct().sorted().map(CommerceRole::name).toArray(String[]::new);
  }
}
