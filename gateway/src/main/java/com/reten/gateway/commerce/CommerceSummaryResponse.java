package com.reten.gateway.commerce;

import com.reten.api.commerce.CommerceSummaryView;
import java.time.Instant;
import java.util.UUID;

/** A commerce as the list shows it. */
record CommerceSummaryResponse(
    UUID id,
    String name,
    String externalId,
    String taxId,
    boolean isActive,
    boolean isPlaceholder,
    Instant createdAt) {

  static CommerceSummaryResponse of(CommerceSummaryView view) {
    return new CommerceSummaryResponse(
        view.id(),
        view.name(),
        view.externalId(),
        view.taxId(),
        view.active(),
        view.placeholder(),
        view.createdAt());
  }
}
