package com.reten.queryside.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "rm_user")
class UserRow {

  @Id private UUID id;
  private String email;

  @Column(name = "first_name")
  private String firstName;

  @Column(name = "last_name")
  private String lastName;

  /** Kept only for sign-in; no view exposes it. */
  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "super_admin")
  private boolean superAdmin;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "sessions_revoked_at")
  private Instant sessionsRevokedAt;

  protected UserRow() {}

  UserRow(
      UUID id,
      String email,
      String firstName,
      String lastName,
      String passwordHash,
      boolean superAdmin,
      Instant createdAt) {
    this.id = id;
    this.email = email;
    this.firstName = firstName;
    this.lastName = lastName;
    this.passwordHash = passwordHash;
    this.superAdmin = superAdmin;
    this.createdAt = createdAt;
  }

  void changePassword(String passwordHash, Instant at) {
    this.passwordHash = passwordHash;
    revokeSessions(at);
  }

  void revokeSessions(Instant at) {
    if (sessionsRevokedAt == null || at.isAfter(sessionsRevokedAt)) {
      sessionsRevokedAt = at;
    }
  }

  UUID id() {
    return id;
  }

  String email() {
    return email;
  }

  String firstName() {
    return firstName;
  }

  String lastName() {
    return lastName;
  }

  String passwordHash() {
    return passwordHash;
  }

  boolean superAdmin() {
    return superAdmin;
  }

  Instant sessionsRevokedAt() {
    return sessionsRevokedAt;
  }
}
