package com.reten.queryside.operator;

import com.reten.api.operator.FindOperatorQuery;
import com.reten.api.operator.ListOperatorsQuery;
import com.reten.api.operator.OperatorCreatedEvent;
import com.reten.api.operator.OperatorDeactivatedEvent;
import com.reten.api.operator.OperatorPage;
import com.reten.api.operator.OperatorReactivatedEvent;
import com.reten.api.operator.OperatorUpdatedEvent;
import com.reten.api.operator.OperatorView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** A tenant's operators, for their list (filtered, paginated) and for one by id. */
@Component
@ProcessingGroup("operators")
class OperatorProjection {

  private static final Sort NEWEST_FIRST =
      Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

  private final OperatorRows rows;

  OperatorProjection(OperatorRows rows) {
    this.rows = rows;
  }

  @EventHandler
  void on(OperatorCreatedEvent event) {
    var row =
        new OperatorRow(
            event.operatorId(),
            event.tenantId(),
            event.type(),
            event.externalId(),
            event.placeholder(),
            event.createdAt());
    row.details(event.name(), event.email(), event.phone(), event.metadata());
    row.changed(event.createdAt(), 0);
    rows.save(row);
  }

  @EventHandler
  void on(OperatorUpdatedEvent event, @SequenceNumber long version) {
    update(
        event.operatorId(),
        event.updatedAt(),
        version,
        row -> row.details(event.name(), event.email(), event.phone(), event.metadata()));
  }

  @EventHandler
  void on(OperatorDeactivatedEvent event, @SequenceNumber long version) {
    update(event.operatorId(), event.deactivatedAt(), version, row -> row.active(false));
  }

  @EventHandler
  void on(OperatorReactivatedEvent event, @SequenceNumber long version) {
    update(event.operatorId(), event.reactivatedAt(), version, row -> row.active(true));
  }

  @ResetHandler
  void reset() {
    rows.deleteAllInBatch();
  }

  @QueryHandler
  Optional<OperatorView> handle(FindOperatorQuery query) {
    return rows.findByIdAndTenantId(query.operatorId(), query.tenantId()).map(OperatorRow::toView);
  }

  @QueryHandler
  OperatorPage handle(ListOperatorsQuery query) {
    var filters = OperatorFilters.of(query);
    if ((long) (query.page() - 1) * query.limit() > Integer.MAX_VALUE) {
      return new OperatorPage(
          List.of(), rows.count(filters)); // past any real end; JPA offsets are ints
    }
    var page = rows.findAll(filters, PageRequest.of(query.page() - 1, query.limit(), NEWEST_FIRST));
    return new OperatorPage(
        page.getContent().stream().map(OperatorRow::toView).toList(), page.getTotalElements());
  }

  private void update(UUID id, Instant at, long version, Consumer<OperatorRow> change) {
    rows.findById(id)
        .ifPresent(
            row -> {
              change.accept(row);
              row.changed(at, version);
            });
  }
}
