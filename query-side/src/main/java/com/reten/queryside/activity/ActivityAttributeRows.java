package com.reten.queryside.activity;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityAttributeRows extends JpaRepository<ActivityAttributeRow, UUID> {

  List<ActivityAttributeRow> findByTenantIdAndActivityIdOrderByPosition(
      UUID tenantId, UUID activityId);
}
