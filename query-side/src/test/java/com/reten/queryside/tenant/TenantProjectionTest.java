package com.reten.queryside.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.tenant.FindTenantQuery;
import com.reten.api.tenant.ListTenantsQuery;
import com.reten.api.tenant.TenantCreatedEvent;
import com.reten.api.tenant.TenantRenamedEvent;
import com.reten.api.tenant.TenantView;
import com.reten.queryside.testsupport.ReadModelTest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import(TenantProjection.class)
class TenantProjectionTest extends ReadModelTest {

  @Autowired TenantProjection projection;

  @Test
  void createdTenantCanBeFound() {
    UUID id = UUID.randomUUID();
    projection.on(new TenantCreatedEvent(id, "Acme", "acme", T0));

    assertThat(projection.handle(new FindTenantQuery(id)))
        .contains(new TenantView(id, "Acme", "acme", T0, T0, 0));
  }

  @Test
  void renameChangesNameAndUpdateTime() {
    UUID id = UUID.randomUUID();
    projection.on(new TenantCreatedEvent(id, "Acme", "acme", T0));
    projection.on(new TenantRenamedEvent(id, "Acme Chile", T0.plusSeconds(60)), 1);

    assertThat(projection.handle(new FindTenantQuery(id)))
        .contains(new TenantView(id, "Acme Chile", "acme", T0, T0.plusSeconds(60), 1));
  }

  @Test
  void listShowsOnlyTheGivenTenantsOldestFirstUnlessAll() {
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    projection.on(new TenantCreatedEvent(second, "Second", "second", T0.plusSeconds(1)));
    projection.on(new TenantCreatedEvent(first, "First", "first", T0));
    projection.on(new TenantCreatedEvent(other, "Other", "other", T0.plusSeconds(2)));

    assertThat(projection.handle(new ListTenantsQuery(false, Set.of(first, second))))
        .extracting(TenantView::id)
        .containsExactly(first, second);
    assertThat(projection.handle(new ListTenantsQuery(true, Set.of())))
        .extracting(TenantView::id)
        .containsExactly(first, second, other);
  }

  @Test
  void unknownTenantIsEmpty() {
    assertThat(projection.handle(new FindTenantQuery(UUID.randomUUID()))).isEmpty();
  }
}
