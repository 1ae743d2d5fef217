package com.reten.queryside.tenant;

import com.reten.api.tenant.FindTenantQuery;
import com.reten.api.tenant.ListTenantsQuery;
import com.reten.api.tenant.TenantCreatedEvent;
import com.reten.api.tenant.TenantRenamedEvent;
import com.reten.api.tenant.TenantView;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** The tenant list: who exists, under which name and slug. */
@Component
@ProcessingGroup("tenants")
class TenantProjection {

  private final TenantRows rows;

  TenantProjection(TenantRows rows) {
    this.rows = rows;
  }

  @EventHandler
  void on(TenantCreatedEvent event) {
    rows.save(new TenantRow(event.tenantId(), event.name(), event.slug(), event.createdAt()));
  }

  @EventHandler
  void on(TenantRenamedEvent event, @SequenceNumber long version) {
    rows.findById(event.tenantId())
        .ifPresent(row -> row.rename(event.name(), event.renamedAt(), version));
  }

  @ResetHandler
  void reset() {
    rows.deleteAllInBatch();
  }

  @QueryHandler
  List<TenantView> handle(ListTenantsQuery query) {
    var found =
        query.all()
            ? rows.findAllByOrderByCreatedAtAscIdAsc()
            : rows.findByIdInOrderByCreatedAtAscIdAsc(query.tenantIds());
    return found.stream().map(TenantRow::toView).toList();
  }

  @QueryHandler
  Optional<TenantView> handle(FindTenantQuery query) {
    return rows.findById(query.tenantId()).map(TenantRow::toView);
  }
}
