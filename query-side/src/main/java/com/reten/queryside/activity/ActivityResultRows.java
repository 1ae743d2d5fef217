package com.reten.queryside.activity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ActivityResultRows
    extends JpaRepository<ActivityResultRow, UUID>, JpaSpecificationExecutor<ActivityResultRow> {

  Optional<ActivityResultRow> findByIdAndTenantId(UUID id, UUID tenantId);

  List<ActivityResultRow> findByTenantIdAndActivityIdOrderByCreatedAtDescIdDesc(
      UUID tenantId, UUID activityId);
}
