package com.reten.queryside.activity;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityTargetUserRows extends JpaRepository<ActivityTargetUserRow, UUID> {

  List<ActivityTargetUserRow> findByTenantIdAndActivityIdOrderByPosition(
      UUID tenantId, UUID activityId);
}
