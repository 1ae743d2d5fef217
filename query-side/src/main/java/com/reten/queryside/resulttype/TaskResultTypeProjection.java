package com.reten.queryside.resulttype;

import com.reten.api.resulttype.ListTaskResultTypesQuery;
import com.reten.api.resulttype.TaskResultTypeChangedEvent;
import com.reten.api.resulttype.TaskResultTypeDefinedEvent;
import com.reten.api.resulttype.TaskResultTypeView;
import com.reten.api.resulttype.TaskResultTypesSeededEvent;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Every tenant's result-type codes, in the order they were defined. */
@Component
@ProcessingGroup("task-result-types")
class TaskResultTypeProjection {

  private final TaskResultTypeRows types;

  TaskResultTypeProjection(TaskResultTypeRows types) {
    this.types = types;
  }

  @EventHandler
  void on(TaskResultTypesSeededEvent event) {
    int position = types.lastPosition(event.tenantId());
    for (var type : event.types()) {
      types.save(new TaskResultTypeRow(event.tenantId(), type, ++position, event.seededAt()));
    }
  }

  @EventHandler
  void on(TaskResultTypeDefinedEvent event) {
    int position = types.lastPosition(event.tenantId()) + 1;
    types.save(new TaskResultTypeRow(event.tenantId(), event.type(), position, event.definedAt()));
  }

  @EventHandler
  void on(TaskResultTypeChangedEvent event) {
    types
        .findById(TaskResultTypeRow.idOf(event.tenantId(), event.type().code()))
        .ifPresent(row -> row.change(event.type(), event.active(), event.changedAt()));
  }

  @ResetHandler
  void reset() {
    types.deleteAllInBatch();
  }

  @QueryHandler
  List<TaskResultTypeView> handle(ListTaskResultTypesQuery query) {
    return types.findByTenantIdOrderByPositionAscCodeAsc(query.tenantId()).stream()
        .map(TaskResultTypeRow::toView)
        .filter(view -> view.active() || !query.activeOnly())
        .toList();
  }
}
