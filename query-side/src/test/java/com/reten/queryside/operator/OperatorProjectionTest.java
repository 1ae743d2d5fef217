package com.reten.queryside.operator;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.operator.FindOperatorQuery;
import com.reten.api.operator.ListOperatorsQuery;
import com.reten.api.operator.OperatorCreatedEvent;
import com.reten.api.operator.OperatorDeactivatedEvent;
import com.reten.api.operator.OperatorPage;
import com.reten.api.operator.OperatorReactivatedEvent;
import com.reten.api.operator.OperatorType;
import com.reten.api.operator.OperatorUpdatedEvent;
import com.reten.api.operator.OperatorView;
import com.reten.queryside.testsupport.ReadModelTest;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import(OperatorProjection.class)
class OperatorProjectionTest extends ReadModelTest {

  @Autowired OperatorProjection projection;
  @Autowired EntityManager entities;

  private final UUID tenant = UUID.randomUUID();

  @Test
  void aCreatedOperatorIsFoundInItsTenantOnly() {
    UUID id = create(tenant, OperatorType.SALESMAN, "Ana Diaz", "ana@acme.test", 0);

    OperatorView view = projection.handle(new FindOperatorQuery(tenant, id)).orElseThrow();
    assertThat(view)
        .isEqualTo(
            new OperatorView(
                id,
                tenant,
                OperatorType.SALESMAN,
                "Ana Diaz",
                "ana@acme.test",
                "+56912345678",
                "ext-" + id,
                true,
                false,
                Map.of("zone", "north"),
                T0,
                T0,
                0));
    assertThat(projection.handle(new FindOperatorQuery(UUID.randomUUID(), id))).isEmpty();
  }

  @Test
  void changesShowWithTheirTimeAndVersion() {
    UUID id = create(tenant, OperatorType.SALESMAN, "Ana Diaz", "ana@acme.test", 0);
    projection.on(
        new OperatorUpdatedEvent(
            tenant, id, "Ana Ruiz", null, "+56900000000", Map.of("tier", 2), T0.plusSeconds(5)),
        1);
    projection.on(new OperatorDeactivatedEvent(tenant, id, T0.plusSeconds(9)), 2);

    OperatorView view = projection.handle(new FindOperatorQuery(tenant, id)).orElseThrow();
    assertThat(view.name()).isEqualTo("Ana Ruiz");
    assertThat(view.email()).isNull();
    assertThat(view.phone()).isEqualTo("+56900000000");
    assertThat(view.metadata()).isEqualTo(Map.of("tier", 2));
    assertThat(view.active()).isFalse();
    assertThat(view.updatedAt()).isEqualTo(T0.plusSeconds(9));
    assertThat(view.version()).isEqualTo(2);

    projection.on(new OperatorReactivatedEvent(tenant, id, T0.plusSeconds(12)), 3);
    assertThat(projection.handle(new FindOperatorQuery(tenant, id)).orElseThrow().active())
        .isTrue();
  }

  @Test
  void theListIsNewestFirstWithTiesByIdAndPaginated() {
    UUID oldest = create(tenant, OperatorType.SALESMAN, "A", null, 0);
    UUID tieOne = create(tenant, OperatorType.SALESMAN, "B", null, 10);
    UUID tieTwo = create(tenant, OperatorType.SALESMAN, "C", null, 10);
    UUID newest = create(tenant, OperatorType.SALESMAN, "D", null, 20);
    create(UUID.randomUUID(), OperatorType.SALESMAN, "Elsewhere", null, 30);
    // PostgreSQL orders uuids bytewise, as their text sorts (Java's compareTo is signed).
    List<UUID> ties =
        tieOne.toString().compareTo(tieTwo.toString()) > 0
            ? List.of(tieOne, tieTwo)
            : List.of(tieTwo, tieOne);

    assertThat(ids(list(null, null, null, 1, 20)))
        .containsExactly(newest, ties.get(0), ties.get(1), oldest);
    OperatorPage second = list(null, null, null, 2, 3);
    assertThat(ids(second)).containsExactly(oldest);
    assertThat(second.total()).isEqualTo(4);
    OperatorPage pastTheEnd = list(null, null, null, 9, 3);
    assertThat(pastTheEnd.items()).isEmpty();
    assertThat(pastTheEnd.total()).isEqualTo(4);
    assertThat(list(null, null, null, Integer.MAX_VALUE, 100).total()).isEqualTo(4);
  }

  @Test
  void filtersByTypeActivityAndCaseInsensitiveSearchInNameOrEmail() {
    UUID ana = create(tenant, OperatorType.SALESMAN, "Ana Diaz", "ana@north.test", 0);
    UUID bob = create(tenant, OperatorType.ACTIVATOR, "Bob Stone", "bob@south.test", 1);
    UUID cris = create(tenant, OperatorType.ACTIVATOR, "Cris 100% Ruiz", null, 2);
    projection.on(new OperatorDeactivatedEvent(tenant, bob, T0.plusSeconds(5)), 1);

    assertThat(ids(list(null, OperatorType.ACTIVATOR, null, 1, 20))).containsExactly(cris, bob);
    assertThat(ids(list(null, null, false, 1, 20))).containsExactly(bob);
    assertThat(ids(list(null, OperatorType.ACTIVATOR, true, 1, 20))).containsExactly(cris);
    assertThat(ids(list("DIAZ", null, null, 1, 20))).containsExactly(ana);
    assertThat(ids(list("South.TEST", null, null, 1, 20))).containsExactly(bob);
    assertThat(ids(list("%", null, null, 1, 20))).containsExactly(cris);
    assertThat(ids(list("_", null, null, 1, 20))).isEmpty();
    assertThat(ids(list("  ", null, null, 1, 20))).hasSize(3);
  }

  /** The search predicate as OperatorFilters writes it matches V8's expression indexes. */
  @Test
  void searchIsServedByTheTrigramIndexes() {
    entities.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();

    @SuppressWarnings("unchecked")
    List<String> plan =
        entities
            .createNativeQuery(
                "EXPLAIN SELECT id FROM rm_operator"
                    + " WHERE lower(name) LIKE '%ana%' OR lower(email) LIKE '%ana%'")
            .getResultList();

    assertThat(String.join("\n", plan))
        .contains("rm_operator_name_search")
        .contains("rm_operator_email_search");
  }

  private UUID create(UUID tenantId, OperatorType type, String name, String email, long second) {
    UUID id = UUID.randomUUID();
    projection.on(
        new OperatorCreatedEvent(
            tenantId,
            id,
            type,
            name,
            email,
            "+56912345678",
            "ext-" + id,
            false,
            Map.of("zone", "north"),
            T0.plusSeconds(second)));
    return id;
  }

  private OperatorPage list(String search, OperatorType type, Boolean active, int page, int limit) {
    return projection.handle(new ListOperatorsQuery(tenant, search, type, active, page, limit));
  }

  private static List<UUID> ids(OperatorPage page) {
    return page.items().stream().map(OperatorView::id).toList();
  }
}
