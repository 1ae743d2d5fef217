package com.reten.queryside.tenant;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TenantRows extends JpaRepository<TenantRow, UUID> {

  List<TenantRow> findAllByOrderByCreatedAtAscIdAsc();

  List<TenantRow> findByIdInOrderByCreatedAtAscIdAsc(Collection<UUID> ids);
}
