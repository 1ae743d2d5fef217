package com.reten.queryside.route;

import com.reten.api.route.RouteOperatorView;
import com.reten.api.route.RouteRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "rm_route_operator")
@IdClass(RouteOperatorRow.Key.class)
class RouteOperatorRow {

  record Key(UUID routeId, UUID operatorId) implements Serializable {
    Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "route_id")
  private UUID routeId;

  @Id
  @Column(name = "operator_id")
  private UUID operatorId;

  @Enumerated(EnumType.STRING)
  private RouteRole role;

  private boolean active;

  @Column(name = "linked_at")
  private Instant linkedAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected RouteOperatorRow() {}

  RouteOperatorRow(UUID routeId, UUID operatorId, Instant linkedAt) {
    this.routeId = routeId;
    this.operatorId = operatorId;
    this.linkedAt = linkedAt;
  }

  UUID routeId() {
    return routeId;
  }

  void link(RouteRole role, Instant at) {
    this.role = role;
    this.active = true;
    this.updatedAt = at;
  }

  void unlink(Instant at) {
    this.active = false;
    this.updatedAt = at;
  }

  RouteOperatorView toView() {
    return new RouteOperatorView(operatorId, role, active);
  }
}
