package com.reten.queryside.user;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRows extends JpaRepository<MembershipRow, MembershipRow.Key> {

  /** Served by the index {@code rm_membership_tenant_newest}. */
  List<MembershipRow> findByTenantIdOrderByCreatedAtDescUserIdAsc(UUID tenantId, Pageable page);

  long countByTenantId(UUID tenantId);
}
