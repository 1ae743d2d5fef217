package com.reten.queryside.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.queryside.testsupport.ReadModelTest;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The list's queries, as Hibernate writes them for CommerceFilters (see the test's SQL log), are
 * served by V7's indexes when a tenant has many commerces: 20,000 in the tenant under test, as many
 * again in four others, planner statistics gathered.
 */
class CommerceListPlanTest extends ReadModelTest {

  private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000a001");
  private static final String COLUMNS =
      "select cr1_0.id,cr1_0.is_active,cr1_0.created_at,cr1_0.external_id,cr1_0.name"
          + " from rm_commerce cr1_0 where cr1_0.tenant_id='"
          + TENANT
          + "'";
  private static final String PAGE =
      " order by cr1_0.created_at desc,cr1_0.id desc offset 0 rows fetch first 20 rows only";

  @Autowired EntityManager entityManager;

  @Test
  void everyListQueryIsServedByAnIndex() {
    fillOneTenantWithManyCommerces();

    assertThat(explain(COLUMNS + PAGE))
        .as("default page: walks the tenant's index in list order, no sort")
        .contains("Index Scan using rm_commerce_list")
        .doesNotContain("Sort");
    assertThat(explain(COLUMNS + " and cr1_0.is_active=true" + PAGE))
        .as("a flag filter is applied while walking the same index")
        .contains("Index Scan using rm_commerce_list")
        .doesNotContain("Seq Scan");
    String search = "'%ext-1234%'";
    assertThat(
            explain(
                COLUMNS
                    + " and (lower(cr1_0.name) like "
                    + search
                    + " escape '\\' or lower(cr1_0.external_id) like "
                    + search
                    + " escape '\\')"
                    + PAGE))
        .as("a selective search: both trigram indexes, OR-ed")
        .contains("rm_commerce_name_trgm")
        .contains("rm_commerce_external_id_trgm")
        .doesNotContain("Seq Scan");
    assertThat(explain(COLUMNS + " and cr1_0.external_id='ext-77'" + PAGE))
        .as("an exact external id")
        .contains("rm_commerce_external_id")
        .doesNotContain("Seq Scan");
  }

  private void fillOneTenantWithManyCommerces() {
    entityManager
        .createNativeQuery(
            "INSERT INTO rm_commerce (id, tenant_id, name, external_id, is_active, is_placeholder,"
                + " metadata, created_at, updated_at, version)"
                + " SELECT gen_random_uuid(),"
                + " CASE WHEN n <= 20000 THEN CAST('"
                + TENANT
                + "' AS uuid) ELSE CAST('00000000-0000-0000-0000-00000000b00' || (n % 4) AS uuid)"
                + " END,"
                + " 'Almacén ' || md5(n::text), 'ext-' || n, n % 10 <> 0, false, '{}',"
                + " now() - n * interval '1 second', now(), 0"
                + " FROM generate_series(1, 40000) AS n")
        .executeUpdate();
    // What autovacuum does in a running database: move GIN's fast-update pending list into the
    // index proper, then gather statistics.
    for (String index : List.of("rm_commerce_name_trgm", "rm_commerce_external_id_trgm")) {
      entityManager
          .createNativeQuery("SELECT gin_clean_pending_list('" + index + "')")
          .getSingleResult();
    }
    entityManager.createNativeQuery("ANALYZE rm_commerce").executeUpdate();
  }

  private String explain(String sql) {
    @SuppressWarnings("unchecked")
    List<Object> lines = entityManager.createNativeQuery("EXPLAIN " + sql).getResultList();
    return lines.stream().map(Object::toString).collect(Collectors.joining("\n"));
  }
}
