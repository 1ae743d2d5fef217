package com.reten.queryside.commerce;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommerceUserRows extends JpaRepository<CommerceUserRow, UUID> {

  List<CommerceUserRow> findByCommerceIdOrderByPositionAsc(UUID commerceId);
}
