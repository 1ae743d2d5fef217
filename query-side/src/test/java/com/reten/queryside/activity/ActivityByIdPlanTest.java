package com.reten.queryside.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.queryside.testsupport.ReadModelTest;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The find by id (the 201 of a create, every GET of one activity) keeps to the primary key in the
 * plan a pooled connection caches: a generic plan, made here as on a fresh database, while the
 * table is empty. With the tenant as an index condition that plan walked the tenant's rows of
 * another index on every later lookup.
 */
class ActivityByIdPlanTest extends ReadModelTest {

  @Autowired EntityManager entityManager;

  @Test
  void findByIdUsesThePrimaryKeyInAGenericPlanOfAnEmptyTable() {
    entityManager
        .createNativeQuery("SET LOCAL plan_cache_mode = force_generic_plan")
        .executeUpdate();
    entityManager
        .createNativeQuery(
            "PREPARE find_activity(uuid, uuid) AS "
                + ActivityProjection.FIND.replaceFirst("\\?", "\\$1").replaceFirst("\\?", "\\$2"))
        .executeUpdate();

    String plan =
        explain(
            "EXECUTE find_activity('00000000-0000-0000-0000-0000000000a1',"
                + " '00000000-0000-0000-0000-0000000000b1')");

    assertThat(plan).contains("Index Scan using rm_activity_pkey on rm_activity");
  }

  private String explain(String sql) {
    @SuppressWarnings("unchecked")
    List<Object> lines = entityManager.createNativeQuery("EXPLAIN " + sql).getResultList();
    return lines.stream().map(Object::toString).collect(Collectors.joining("\n"));
  }
}
