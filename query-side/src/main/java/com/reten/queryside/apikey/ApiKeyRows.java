package com.reten.queryside.apikey;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiKeyRows extends JpaRepository<ApiKeyRow, UUID> {

  Optional<ApiKeyRow> findByKeyHash(String keyHash);

  Optional<ApiKeyRow> findByIdAndTenantId(UUID id, UUID tenantId);

  List<ApiKeyRow> findByTenantIdAndUserIdOrderByCreatedAtDescIdDesc(UUID tenantId, UUID userId);
}
