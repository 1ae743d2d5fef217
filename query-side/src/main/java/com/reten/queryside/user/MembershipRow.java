package com.reten.queryside.user;

import com.reten.api.security.Role;
import com.reten.api.user.MembershipView;
import com.reten.api.user.TenantUserView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "rm_membership")
@IdClass(MembershipRow.Key.class)
class MembershipRow {

  record Key(UUID tenantId, UUID userId) implements Serializable {
    Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "tenant_id")
  private UUID tenantId;

  @Id
  @Column(name = "user_id")
  private UUID userId;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "roles", columnDefinition = "text[]")
  private String[] roles;

  @Column(name = "created_at")
  private Instant createdAt;

  protected MembershipRow() {}

  MembershipRow(UUID tenantId, UUID userId, Set<Role> roles, Instant createdAt) {
    this.tenantId = tenantId;
    this.userId = userId;
    this.roles = names(roles);
    this.createdAt = createdAt;
  }

  void changeRoles(Set<Role> roles) {
    this.roles = names(roles);
  }

  UUID userId() {
    return userId;
  }

  MembershipView toView() {
    return new MembershipView(tenantId, roles());
  }

  TenantUserView toTenantUserView(UserRow user) {
    return new TenantUserView(
        userId, user.email(), user.firstName(), user.lastName(), roles(), createdAt);
  }

  private Set<Role> roles() {
    return Arrays.stream(roles).map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
  }

  private static String[] names(Set<Role> roles) {
    return roles.stream().map(Role::name).sorted().toArray(String[]::new);
  }
}
