package com.reten.queryside.activity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ActivityRows
    extends JpaRepository<ActivityRow, UUID>, JpaSpecificationExecutor<ActivityRow> {

  Optional<ActivityRow> findByIdAndTenantId(UUID id, UUID tenantId);
}
