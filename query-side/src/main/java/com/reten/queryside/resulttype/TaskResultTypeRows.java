package com.reten.queryside.resulttype;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskResultTypeRows extends JpaRepository<TaskResultTypeRow, UUID> {

  List<TaskResultTypeRow> findByTenantIdOrderByPositionAscCodeAsc(UUID tenantId);

  @Query("SELECT coalesce(max(r.position), -1) FROM TaskResultTypeRow r WHERE r.tenantId = ?1")
  int lastPosition(UUID tenantId);
}
