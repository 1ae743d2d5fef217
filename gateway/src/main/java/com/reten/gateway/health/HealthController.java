package com.reten.gateway.health;

import com.reten.gateway.security.PublicEndpoint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Operations")
@RestController
class HealthController {

  private final HealthEndpoint health;

  HealthController(HealthEndpoint health) {
    this.health = health;
  }

  record HealthResponse(String status) {}

  @Operation(summary = "Liveness and database reachability: 200 UP, or 503 DOWN")
  @GetMapping("/api/health")
  @PublicEndpoint
  ResponseEntity<HealthResponse> health() {
    Status status = health.health().getStatus();
    HttpStatus http = Status.UP.equals(status) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE;
    return ResponseEntity.status(http).body(new HealthResponse(status.getCode()));
  }
}
