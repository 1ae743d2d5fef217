package com.reten.gateway.tenant;

import com.reten.api.tenant.TenantView;
import java.time.Instant;
import java.util.UUID;

/** A tenant as every tenant route returns it. */
record TenantResponse(UUID id, String name, String slug, Instant createdAt, Instant updatedAt) {

  static TenantResponse of(TenantView view) {
    return new TenantResponse(
        view.id(), view.name(), view.slug(), view.createdAt(), view.updatedAt());
  }
}
