package com.reten.queryside.route;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface RouteRows extends JpaRepository<RouteRow, UUID>, JpaSpecificationExecutor<RouteRow> {

  Optional<RouteRow> findByIdAndTenantId(UUID id, UUID tenantId);
}
