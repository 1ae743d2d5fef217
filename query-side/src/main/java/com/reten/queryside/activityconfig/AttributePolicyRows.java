package com.reten.queryside.activityconfig;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttributePolicyRows extends JpaRepository<AttributePolicyRow, UUID> {

  List<AttributePolicyRow> findByTenantId(UUID tenantId);
}
