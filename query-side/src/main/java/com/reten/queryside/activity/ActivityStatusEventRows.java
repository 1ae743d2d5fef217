package com.reten.queryside.activity;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityStatusEventRows extends JpaRepository<ActivityStatusEventRow, UUID> {

  List<ActivityStatusEventRow> findByActivityIdOrderBySequenceAscIdAsc(UUID activityId);
}
