package com.reten.gateway.health;

import com.reten.gateway.security.PublicEndpoint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.HttpCodeStatusMapper;
import org.springframework.boot.actuate.health.Status;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Operations",
    description = "Liveness and database reachability for load balancers and monitors.")
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
      operationId = "getHealth",
      summary = "Liveness and database reachability: 200 UP or DEGRADED, or 503 DOWN",
      description =
          "DEGRADED (still 200: the API serves) while a projection is in error or holds events it"
              + " could not apply, so some read models are stale or miss events; the SUPER_ADMIN"
              + " sees which in GET /api/admin/projections.")
  @ApiResponse(
      responseCode = "200",
      description = "UP or DEGRADED",
      content = @Content(schema = @Schema(implementation = HealthResponse.class)))
  @ApiResponse(
      responseCode = "503",
      description = "DOWN: the database is unreachable",
      content = @Content(schema = @Schema(implementation = HealthResponse.class)))
  @GetMapping("/api/health")
  @PublicEndpoint
  ResponseEntity<HealthResponse> health() {
    Status status = health.health().getStatus();
    return ResponseEntity.status(statusCodes.getStatusCode(status))
        .body(new HealthResponse(status.getCode()));
  }
}
