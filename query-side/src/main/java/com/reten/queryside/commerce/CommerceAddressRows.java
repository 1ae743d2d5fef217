package com.reten.queryside.commerce;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommerceAddressRows extends JpaRepository<CommerceAddressRow, UUID> {

  List<CommerceAddressRow> findByCommerceIdOrderByPositionAsc(UUID commerceId);
}
