package com.reten.queryside.resulttype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.reten.api.resulttype.ListTaskResultTypesQuery;
import com.reten.api.resulttype.TaskResultTypeChangedEvent;
import com.reten.api.resulttype.TaskResultTypeDefinedEvent;
import com.reten.api.resulttype.TaskResultTypeDefinition;
import com.reten.api.resulttype.TaskResultTypeView;
import com.reten.api.resulttype.TaskResultTypes;
import com.reten.api.resulttype.TaskResultTypesSeededEvent;
import com.reten.queryside.testsupport.ReadModelTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import(TaskResultTypeProjection.class)
class TaskResultTypeProjectionTest extends ReadModelTest {

  @Autowired TaskResultTypeProjection projection;

  private final UUID tenant = UUID.randomUUID();
  private final UUID catalog = TaskResultTypes.catalogId(tenant);

  @Test
  void codesAreListedInTheOrderTheyWereDefinedAndChangesShow() {
    projection.on(new TaskResultTypesSeededEvent(tenant, catalog, TaskResultTypes.DEFAULTS, T0));
    var callBack = new TaskResultTypeDefinition("CALL_BACK", "Call back", true);
    projection.on(new TaskResultTypeDefinedEvent(tenant, catalog, callBack, T0.plusSeconds(5)));
    var quiet = new TaskResultTypeDefinition("NO_CONTACT", "Nobody home", false);
    projection.on(new TaskResultTypeChangedEvent(tenant, catalog, quiet, false, T0.plusSeconds(9)));
    UUID stranger = UUID.randomUUID();
    projection.on(
        new TaskResultTypesSeededEvent(
            stranger, TaskResultTypes.catalogId(stranger), TaskResultTypes.DEFAULTS, T0));

    assertThat(projection.handle(new ListTaskResultTypesQuery(tenant, false)))
        .extracting(
            TaskResultTypeView::code,
            TaskResultTypeView::label,
            TaskResultTypeView::requiresFutureScheduledAt,
            TaskResultTypeView::active)
        .containsExactly(
            tuple("SALE_COMPLETED", "Sale completed", false, true),
            tuple("NOT_INTERESTED", "Not interested", false, true),
            tuple("RESCHEDULE", "Reschedule", true, true),
            tuple("NO_CONTACT", "Nobody home", false, false),
            tuple("CALL_BACK", "Call back", true, true));
    var active = projection.handle(new ListTaskResultTypesQuery(tenant, true));
    assertThat(active)
        .extracting(TaskResultTypeView::code)
        .containsExactly("SALE_COMPLETED", "NOT_INTERESTED", "RESCHEDULE", "CALL_BACK");
    assertThat(active.get(3).createdAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(projection.handle(new ListTaskResultTypesQuery(UUID.randomUUID(), false))).isEmpty();
  }
}
