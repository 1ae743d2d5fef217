package com.reten.gateway.security;

import com.reten.api.security.Permission;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoints that exercise each access rule the way a real feature endpoint would, before
 * the features that need them exist. {@link #unguarded()} deliberately declares no rule.
 */
@Hidden // a test fixture, not part of the published API
@RestController
class AccessProbeController {

  @GetMapping("/api/test-probe/tenant-view")
  @RequiresPermission(Permission.VIEW_ACTIVITIES)
  Map<String, Object> tenantView(Caller caller) {
    return Map.of("tenantId", caller.tenantId(), "roles", caller.roles());
  }

  @GetMapping("/api/test-probe/tenant-delete-user")
  @RequiresPermission(Permission.DELETE_USER)
  Map<String, Object> superAdminOnly(Caller caller) {
    return Map.of("tenantId", caller.tenantId());
  }

  @GetMapping("/api/integration/test-probe")
  @RequiresPermission(Permission.SUBMIT_ACTIVITY_RESULT)
  Map<String, Object> integration(Caller caller) {
    return Map.of("tenantId", caller.tenantId(), "actorType", caller.actorType());
  }

  @GetMapping("/api/test-probe/unguarded")
  Map<String, Object> unguarded() {
    return Map.of("open", true);
  }
}
