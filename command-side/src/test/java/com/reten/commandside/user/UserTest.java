package com.reten.commandside.user;

import static com.reten.commandside.support.ErrorCodeMatcher.hasCode;

import com.reten.api.error.ErrorCode;
import com.reten.api.security.Role;
import com.reten.api.user.RegisterUserCommand;
import com.reten.api.user.TenantMemberAddedEvent;
import com.reten.api.user.UserRegisteredEvent;
import com.reten.commandside.claim.ClaimScope;
import com.reten.commandside.claim.InMemoryUniqueClaims;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserTest {

  private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
  private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
  private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

  private AggregateTestFixture<User> fixture;
  private InMemoryUniqueClaims claims;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(User.class);
    claims = new InMemoryUniqueClaims();
    fixture.registerInjectableResource(claims);
  }

  @Test
  void registrationNormalisesTheEmailAndNeverCarriesAPlaintextPassword() {
    fixture
        .givenNoPriorActivity()
        .when(
            new RegisterUserCommand(
                null, USER, " Ana@Acme.TEST", "$2a$10$hash", "Ana", "Diaz", false, T0))
        .expectEvents(
            new UserRegisteredEvent(
                null, USER, "ana@acme.test", "Ana", "Diaz", "$2a$10$hash", false, T0));
  }

  @Test
  void anEmailHeldByAnotherUserIsRefused() {
    claims.claim(ClaimScope.USER_EMAIL, "ana@acme.test", UUID.randomUUID());

    fixture
        .givenNoPriorActivity()
        .when(new RegisterUserCommand(null, USER, "ana@acme.test", "h", "Ana", "Diaz", false, T0))
        .expectException(hasCode(ErrorCode.EMAIL_TAKEN))
        .expectExceptionMessage("A user with this email already exists");
  }

  @Test
  void joiningATenantRecordsTheRoles() {
    fixture
        .given(registered())
        .whenInvoking(USER.toString(), user -> user.addMembership(TENANT, Set.of(Role.ADMIN), T0))
        .expectEvents(new TenantMemberAddedEvent(TENANT, USER, Set.of(Role.ADMIN), T0));
  }

  @Test
  void joiningTheSameTenantTwiceIsAConflict() {
    fixture
        .given(registered(), new TenantMemberAddedEvent(TENANT, USER, Set.of(Role.FDE), T0))
        .whenInvoking(USER.toString(), user -> user.addMembership(TENANT, Set.of(Role.ADMIN), T0))
        .expectException(hasCode(ErrorCode.ALREADY_MEMBER))
        .expectExceptionMessage("User is already a member of this tenant");
  }

  @Test
  void joiningThroughAGrantorRecordsRolesBelowTheirs() {
    fixture
        .given(registered())
        .whenInvoking(
            USER.toString(),
            user -> user.addMembership(TENANT, Set.of(Role.FDE, Role.VIEWER), Role.ADMIN, T0))
        .expectEvents(new TenantMemberAddedEvent(TENANT, USER, Set.of(Role.FDE, Role.VIEWER), T0));
  }

  @Test
  void aGrantorCannotGrantTheirOwnRole() {
    fixture
        .given(registered())
        .whenInvoking(
            USER.toString(), user -> user.addMembership(TENANT, Set.of(Role.ADMIN), Role.ADMIN, T0))
        .expectException(hasCode(ErrorCode.PERMISSION_DENIED))
        .expectNoEvents();
  }

  @Test
  void noGrantorMakesAMemberSuperAdmin() {
    fixture
        .given(registered())
        .whenInvoking(
            USER.toString(),
            user -> user.addMembership(TENANT, Set.of(Role.SUPER_ADMIN), Role.SUPER_ADMIN, T0))
        .expectException(hasCode(ErrorCode.PERMISSION_DENIED))
        .expectExceptionMessage("SUPER_ADMIN is a platform role and cannot be granted");
  }

  @Test
  void aGrantedSecondMembershipIsStillAConflict() {
    fixture
        .given(registered(), new TenantMemberAddedEvent(TENANT, USER, Set.of(Role.FDE), T0))
        .whenInvoking(
            USER.toString(),
            user -> user.addMembership(TENANT, Set.of(Role.VIEWER), Role.SUPER_ADMIN, T0))
        .expectException(hasCode(ErrorCode.ALREADY_MEMBER));
  }

  private static UserRegisteredEvent registered() {
    return new UserRegisteredEvent(null, USER, "ana@acme.test", "Ana", "Diaz", "h", false, T0);
  }
}
