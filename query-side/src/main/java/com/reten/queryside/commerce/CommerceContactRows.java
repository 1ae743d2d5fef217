package com.reten.queryside.commerce;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommerceContactRows extends JpaRepository<CommerceContactRow, UUID> {

  List<CommerceContactRow> findByCommerceIdOrderByPositionAsc(UUID commerceId);
}
