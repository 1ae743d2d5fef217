package com.reten.queryside.activityconfig;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TargetResolutionConfigRows extends JpaRepository<TargetResolutionConfigRow, UUID> {

  Optional<TargetResolutionConfigRow> findByIdAndTenantId(UUID id, UUID tenantId);

  List<TargetResolutionConfigRow> findByTenantIdOrderByPriorityAscActiveDescCreatedAtAscIdAsc(
      UUID tenantId);
}
