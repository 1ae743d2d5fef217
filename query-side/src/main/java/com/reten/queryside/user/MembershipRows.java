package com.reten.queryside.user;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRows extends JpaRepository<MembershipRow, MembershipRow.Key> {

  List<MembershipRow> findByUserIdOrderByCreatedAtAsc(UUID userId);
}
