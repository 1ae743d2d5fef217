package com.reten.queryside.operator;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OperatorRows
    extends JpaRepository<OperatorRow, UUID>, JpaSpecificationExecutor<OperatorRow> {

  Optional<OperatorRow> findByIdAndTenantId(UUID id, UUID tenantId);
}
