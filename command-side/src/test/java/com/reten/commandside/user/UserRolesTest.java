package com.reten.commandside.user;

import static com.reten.commandside.support.ErrorCodeMatcher.hasCode;
import static com.reten.commandside.user.UserFixtures.OTHER_TENANT;
import static com.reten.commandside.user.UserFixtures.T1;
import static com.reten.commandside.user.UserFixtures.TENANT;
import static com.reten.commandside.user.UserFixtures.USER;
import static com.reten.commandside.user.UserFixtures.member;
import static com.reten.commandside.user.UserFixtures.registered;
import static com.reten.commandside.user.UserFixtures.registeredSuperAdmin;

import com.reten.api.error.ErrorCode;
import com.reten.api.security.Role;
import com.reten.api.user.ChangeUserRolesCommand;
import com.reten.api.user.TenantMemberRolesChangedEvent;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replacing a member's roles, and every boundary of the strict hierarchy it is judged by. */
class UserRolesTest {

  private AggregateTestFixture<User> fixture;

  @BeforeEach
  void setUp() {
    fixture = UserFixtures.fixture();
  }

  @Test
  void adminManagesAnFde() {
    fixture
        .given(registered(), member(TENANT, Role.FDE))
        .when(change(Role.ADMIN, Role.VIEWER))
        .expectEvents(new TenantMemberRolesChangedEvent(TENANT, USER, Set.of(Role.VIEWER), T1));
  }

  @Test
  void adminCannotManageAnotherAdmin() {
    fixture
        .given(registered(), member(TENANT, Role.ADMIN))
        .when(change(Role.ADMIN, Role.VIEWER))
        .expectException(hasCode(ErrorCode.PERMISSION_DENIED))
        .expectExceptionMessage("You may only manage users whose role is below your own")
        .expectNoEvents();
  }

  @Test
  void theMembersHighestRoleCounts() {
    fixture
        .given(registered(), member(TENANT, Role.VIEWER, Role.ADMIN))
        .when(change(Role.ADMIN, Role.VIEWER))
        .expectException(hasCode(ErrorCode.PERMISSION_DENIED));
  }

  @Test
  void fdeManagesAViewer() {
    fixture
        .given(registered(), member(TENANT, Role.VIEWER))
        .when(change(Role.FDE, Role.VIEWER))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void fdeCannotGrantFde() {
    fixture
        .given(registered(), member(TENANT, Role.VIEWER))
        .when(change(Role.FDE, Role.FDE))
        .expectException(hasCode(ErrorCode.PERMISSION_DENIED))
        .expectExceptionMessage("You may only grant roles below your own");
  }

  @Test
  void superAdminManagesAnAdminAndGrantsAdmin() {
    fixture
        .given(registered(), member(TENANT, Role.ADMIN))
        .when(change(Role.SUPER_ADMIN, Role.ADMIN, Role.FDE))
        .expectEvents(
            new TenantMemberRolesChangedEvent(TENANT, USER, Set.of(Role.ADMIN, Role.FDE), T1));
  }

  @Test
  void aViewerManagesNobody() {
    fixture
        .given(registered(), member(TENANT, Role.VIEWER))
        .when(change(Role.VIEWER, Role.VIEWER))
        .expectException(hasCode(ErrorCode.PERMISSION_DENIED));
  }

  @Test
  void superAdminIsNeverGrantedInATenant() {
    fixture
        .given(registered(), member(TENANT, Role.FDE))
        .when(change(Role.SUPER_ADMIN, Role.SUPER_ADMIN))
        .expectException(hasCode(ErrorCode.PERMISSION_DENIED))
        .expectExceptionMessage("SUPER_ADMIN is a platform role and cannot be granted");
  }

  @Test
  void aPlatformSuperAdminIsAboveEveryTenantRole() {
    fixture
        .given(registeredSuperAdmin(), member(TENANT, Role.VIEWER))
        .when(change(Role.SUPER_ADMIN, Role.FDE))
        .expectException(hasCode(ErrorCode.PERMISSION_DENIED));
  }

  @Test
  void aGrantorWithoutARoleIsRefused() {
    fixture
        .given(registered(), member(TENANT, Role.VIEWER))
        .when(new ChangeUserRolesCommand(TENANT, USER, Set.of(Role.VIEWER), null, T1))
        .expectException(hasCode(ErrorCode.PERMISSION_DENIED));
  }

  @Test
  void aUserOfAnotherTenantIsNotFound() {
    fixture
        .given(registered(), member(OTHER_TENANT, Role.VIEWER))
        .when(change(Role.SUPER_ADMIN, Role.FDE))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectExceptionMessage("User not found");
  }

  @Test
  void noRolesIsInvalid() {
    fixture
        .given(registered(), member(TENANT, Role.VIEWER))
        .when(change(Role.ADMIN))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED));
  }

  @Test
  void theSameRolesChangeNothing() {
    fixture
        .given(registered(), member(TENANT, Role.FDE, Role.VIEWER))
        .when(change(Role.ADMIN, Role.VIEWER, Role.FDE))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  private static ChangeUserRolesCommand change(Role grantor, Role... roles) {
    return new ChangeUserRolesCommand(TENANT, USER, Set.of(roles), grantor, T1);
  }
}
