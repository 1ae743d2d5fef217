package com.reten.gateway.health;

import com.reten.gateway.security.PublicEndpoint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.HttpCodeStatusMapper;
import org.springframework.boot.actuate.health.Status;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Operations")
@RestController
class HealthController {

  private final HealthEndpoint health;
  private final HttpCodeStatusMapper statusCodes;

  HealthController(HealthEndpoint health, HttpCodeStatusMapper statusCodes) {
    this.health = health;
    this.statusCodes = statusCodes;
  }

  record HealthResponse(String status) {}

  @Operation(
      summary = "Liveness and database reachability: 200 UP or DEGRADED, or 503 DOWN",
      description =
          "DEGRADED (still 200: the API serves) while a projection is in error or holds events it"
              + " could not apply, so some read models are stale or miss events; the SUPER_ADMIN"
              + " sees which in GET /api/admin/projections.")
  @GetMapping("/api/health")
  @PublicEndpoint
  ResponseEntity<HealthResponse> health() {
    Status status = health.health().getStatus();
    return ResponseEntity.status(statusCodes.getStatusCode(status))
        .body(new HealthResponse(status.getCode()));
  }
}
