package com.reten.queryside.apikey;

import com.reten.api.apikey.ApiKeyView;
import com.reten.api.security.Permission;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "rm_api_key")
class ApiKeyRow {

  @Id private UUID id;

  @Column(name = "tenant_id")
  private UUID tenantId;

  @Column(name = "user_id")
  private UUID userId;

  private String name;

  @Column(name = "key_prefix")
  private String keyPrefix;

  @Column(name = "key_hash")
  private String keyHash;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "permissions", columnDefinition = "text[]")
  private String[] permissions;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiKeyRow() {}

  ApiKeyRow(
      UUID id,
      UUID tenantId,
      UUID userId,
      String name,
      String keyPrefix,
      String keyHash,
      Set<Permission> permissions,
      Instant expiresAt,
      Instant createdAt) {
    this.id = id;
    this.tenantId = tenantId;
    this.userId = userId;
    this.name = name;
    this.keyPrefix = keyPrefix;
    this.keyHash = keyHash;
    this.permissions = permissions.stream().map(Permission::name).sorted().toArray(String[]::new);
    this.expiresAt = expiresAt;
    this.createdAt = createdAt;
  }

  void revoke(Instant at) {
    revokedAt = at;
  }

  void use(Instant at) {
    lastUsedAt = at;
  }

  ApiKeyView toView() {
    return new ApiKeyView(
        id,
        tenantId,
        userId,
        name,
        keyPrefix,
        Arrays.stream(permissions).map(Permission::valueOf).collect(Collectors.toUnmodifiableSet()),
        expiresAt,
        lastUsedAt,
        createdAt,
        revokedAt);
  }
}
