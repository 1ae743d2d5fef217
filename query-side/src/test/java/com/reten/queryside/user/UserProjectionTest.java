package com.reten.queryside.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.security.Role;
import com.reten.api.user.CallerView;
import com.reten.api.user.FindCallerQuery;
import com.reten.api.user.FindUserCredentialsQuery;
import com.reten.api.user.MembershipView;
import com.reten.api.user.TenantMemberAddedEvent;
import com.reten.api.user.TenantMemberRemovedEvent;
import com.reten.api.user.UserCredentialsView;
import com.reten.api.user.UserPasswordChangedEvent;
import com.reten.api.user.UserRegisteredEvent;
import com.reten.queryside.testsupport.ReadModelTest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import({UserProjection.class, CallerQueries.class})
class UserProjectionTest extends ReadModelTest {

  @Autowired UserProjection projection;
  @Autowired CallerQueries callers;

  /** The caller as the JDBC lookup reads it, once the projection's writes are flushed. */
  private Optional<CallerView> caller(UUID userId) {
    flush();
    return callers.handle(new FindCallerQuery(userId));
  }

  @Test
  void credentialsAreFoundByEmailInAnyCase() {
    UUID userId = register("ana@acme.test");

    assertThat(projection.handle(new FindUserCredentialsQuery(" Ana@ACME.test ")))
        .contains(new UserCredentialsView(userId, "$2a$hash"));
    assertThat(projection.handle(new FindUserCredentialsQuery("nobody@acme.test"))).isEmpty();
  }

  @Test
  void callerListsMembershipsWithRolesOldestFirst() {
    UUID userId = register("bob@acme.test");
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    projection.on(
        new TenantMemberAddedEvent(second, userId, Set.of(Role.VIEWER), T0.plusSeconds(5)));
    projection.on(new TenantMemberAddedEvent(first, userId, Set.of(Role.ADMIN, Role.FDE), T0));

    CallerView caller = caller(userId).orElseThrow();

    assertThat(caller.email()).isEqualTo("bob@acme.test");
    assertThat(caller.superAdmin()).isFalse();
    assertThat(caller.memberships())
        .containsExactly(
            new MembershipView(first, Set.of(Role.ADMIN, Role.FDE)),
            new MembershipView(second, Set.of(Role.VIEWER)));
    assertThat(caller.rolesIn(first)).containsExactlyInAnyOrder(Role.ADMIN, Role.FDE);
    assertThat(caller.rolesIn(UUID.randomUUID())).isEmpty();
  }

  @Test
  void aPasswordChangeReplacesTheHashAndRevokesEarlierSessions() {
    UUID userId = register("carl@acme.test");
    assertThat(caller(userId).orElseThrow().sessionsRevokedAt()).isNull();

    projection.on(new UserPasswordChangedEvent(null, userId, "$2a$new", T0.plusSeconds(10)));

    assertThat(projection.handle(new FindUserCredentialsQuery("carl@acme.test")))
        .contains(new UserCredentialsView(userId, "$2a$new"));
    CallerView caller = caller(userId).orElseThrow();
    assertThat(caller.sessionsRevokedAt()).isEqualTo(T0.plusSeconds(10));
    assertThat(caller.sessionRevoked(T0.plusSeconds(10))).isTrue();
    assertThat(caller.sessionRevoked(T0.plusSeconds(11))).isFalse();
  }

  @Test
  void aRemovalDropsTheMembershipAndRevokesSessionsButNeverMovesTheTimeBack() {
    UUID userId = register("dora@acme.test");
    UUID tenant = UUID.randomUUID();
    projection.on(new TenantMemberAddedEvent(tenant, userId, Set.of(Role.FDE), T0));
    projection.on(new UserPasswordChangedEvent(tenant, userId, "$2a$new", T0.plusSeconds(30)));

    projection.on(new TenantMemberRemovedEvent(tenant, userId, T0.plusSeconds(20)));

    CallerView caller = caller(userId).orElseThrow();
    assertThat(caller.memberships()).isEmpty();
    assertThat(caller.sessionsRevokedAt()).isEqualTo(T0.plusSeconds(30));
  }

  @Test
  void unknownCallerIsEmpty() {
    assertThat(caller(UUID.randomUUID())).isEmpty();
  }

  private UUID register(String email) {
    UUID userId = UUID.randomUUID();
    projection.on(
        new UserRegisteredEvent(null, userId, email, "First", "Last", "$2a$hash", false, T0));
    assertThat(caller(userId).orElseThrow().memberships()).isEqualTo(List.of());
    return userId;
  }
}
