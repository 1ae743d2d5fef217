package com.reten.queryside.user;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserRows extends JpaRepository<UserRow, UUID> {

  Optional<UserRow> findByEmail(String email);
}
