package com.reten.queryside.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.security.Role;
import com.reten.api.user.FindTenantUserQuery;
import com.reten.api.user.ListTenantUsersQuery;
import com.reten.api.user.TenantMemberAddedEvent;
import com.reten.api.user.TenantMemberRemovedEvent;
import com.reten.api.user.TenantMemberRolesChangedEvent;
import com.reten.api.user.TenantUserPage;
import com.reten.api.user.TenantUserView;
import com.reten.api.user.UserRegisteredEvent;
import com.reten.queryside.testsupport.ReadModelTest;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import({UserProjection.class, TenantUserQueries.class})
class TenantUserQueriesTest extends ReadModelTest {

  private static final UUID TENANT = UUID.randomUUID();
  private static final UUID OTHER = UUID.randomUUID();

  @Autowired UserProjection projection;
  @Autowired TenantUserQueries queries;
  @Autowired EntityManager entities;

  @Test
  void membersAreListedNewestFirstWithTiesByIdAndOnlyFromTheirTenant() {
    UUID oldest = member("oldest@acme.test", TENANT, T0);
    UUID tieHigh = member("tie-b@acme.test", TENANT, T0.plusSeconds(5), "f0");
    UUID tieLow = member("tie-a@acme.test", TENANT, T0.plusSeconds(5), "0f");
    UUID newest = member("newest@acme.test", TENANT, T0.plusSeconds(9));
    member("elsewhere@globex.test", OTHER, T0.plusSeconds(20));

    TenantUserPage all = queries.handle(new ListTenantUsersQuery(TENANT, 1, 20));

    assertThat(all.total()).isEqualTo(4);
    assertThat(all.users())
        .extracting(TenantUserView::id)
        .containsExactly(newest, tieLow, tieHigh, oldest);
    assertThat(all.users().get(0))
        .isEqualTo(
            new TenantUserView(
                newest,
                "newest@acme.test",
                "First",
                "Last",
                Set.of(Role.VIEWER),
                T0.plusSeconds(9)));
  }

  @Test
  void pagesSliceTheOrderAndAPagePastTheEndIsEmptyWithTheTotal() {
    UUID first = member("a@acme.test", TENANT, T0.plusSeconds(3));
    UUID second = member("b@acme.test", TENANT, T0.plusSeconds(2));
    UUID third = member("c@acme.test", TENANT, T0.plusSeconds(1));

    assertThat(queries.handle(new ListTenantUsersQuery(TENANT, 1, 2)).users())
        .extracting(TenantUserView::id)
        .containsExactly(first, second);
    assertThat(queries.handle(new ListTenantUsersQuery(TENANT, 2, 2)).users())
        .extracting(TenantUserView::id)
        .containsExactly(third);
    TenantUserPage past = queries.handle(new ListTenantUsersQuery(TENANT, Integer.MAX_VALUE, 100));
    assertThat(past.users()).isEmpty();
    assertThat(past.total()).isEqualTo(3);
  }

  @Test
  void roleChangesAndRemovalsShowAndAMemberIsFoundOnlyInTheirTenant() {
    UUID user = member("ana@acme.test", TENANT, T0);
    projection.on(new TenantMemberAddedEvent(OTHER, user, Set.of(Role.ADMIN), T0));
    projection.on(
        new TenantMemberRolesChangedEvent(TENANT, user, Set.of(Role.FDE, Role.VIEWER), T0));

    assertThat(queries.handle(new FindTenantUserQuery(TENANT, user)).orElseThrow().roles())
        .containsExactlyInAnyOrder(Role.FDE, Role.VIEWER);
    assertThat(queries.handle(new FindTenantUserQuery(UUID.randomUUID(), user))).isEmpty();

    projection.on(new TenantMemberRemovedEvent(TENANT, user, T0.plusSeconds(1)));

    assertThat(queries.handle(new FindTenantUserQuery(TENANT, user))).isEmpty();
    assertThat(queries.handle(new ListTenantUsersQuery(TENANT, 1, 20)).total()).isZero();
    assertThat(queries.handle(new FindTenantUserQuery(OTHER, user)).orElseThrow().roles())
        .containsExactly(Role.ADMIN);
  }

  @Test
  void thePageIsReadFromTheIndexWithoutSorting() {
    member("a@acme.test", TENANT, T0);
    // A few rows make any plan cheap; forbid the scans that cannot deliver the order by themselves.
    entities.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();
    entities.createNativeQuery("SET LOCAL enable_bitmapscan = off").executeUpdate();

    String plan =
        String.join(
            "\n",
            entities
                .createNativeQuery(
                    "EXPLAIN SELECT * FROM rm_membership WHERE tenant_id = ?1"
                        + " ORDER BY created_at DESC, user_id LIMIT 20 OFFSET 0",
                    String.class)
                .setParameter(1, TENANT)
                .getResultList());

    assertThat(plan)
        .contains("Index Scan using rm_membership_tenant_newest")
        .doesNotContain("Sort");
  }

  private UUID member(String email, UUID tenantId, Instant joinedAt) {
    return member(email, tenantId, joinedAt, null);
  }

  /** {@code idPrefix} pins the id's first hex digits, to make ties order predictably. */
  private UUID member(String email, UUID tenantId, Instant joinedAt, String idPrefix) {
    String random = UUID.randomUUID().toString();
    UUID userId =
        idPrefix == null
            ? UUID.fromString(random)
            : UUID.fromString(idPrefix + random.substring(2));
    projection.on(new UserRegisteredEvent(null, userId, email, "First", "Last", "h", false, T0));
    projection.on(new TenantMemberAddedEvent(tenantId, userId, Set.of(Role.VIEWER), joinedAt));
    return userId;
  }
}
