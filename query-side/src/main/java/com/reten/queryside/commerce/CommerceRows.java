package com.reten.queryside.commerce;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CommerceRows
    extends JpaRepository<CommerceRow, UUID>, JpaSpecificationExecutor<CommerceRow> {

  Optional<CommerceRow> findByIdAndTenantId(UUID id, UUID tenantId);

  /** Records that something in the commerce changed, at its new aggregate version. */
  default void touch(UUID commerceId, Instant at, long version) {
    findById(commerceId).ifPresent(row -> row.touch(at, version));
  }
}
