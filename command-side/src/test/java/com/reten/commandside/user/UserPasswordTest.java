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
import com.reten.api.user.ChangePasswordCommand;
import com.reten.api.user.ResetUserPasswordCommand;
import com.reten.api.user.UserPasswordChangedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Users changing their own password, and administrators resetting someone else's. */
class UserPasswordTest {

  private AggregateTestFixture<User> fixture;

  @BeforeEach
  void setUp() {
    fixture = UserFixtures.fixture();
  }

  @Test
  void aUserChangesTheirOwnPasswordAsAPlatformEvent() {
    fixture
        .given(registered(), member(TENANT, Role.VIEWER))
        .when(new ChangePasswordCommand(USER, "$2a$new", T1))
        .expectEvents(new UserPasswordChangedEvent(null, USER, "$2a$new", T1));
  }

  @Test
  void anAdminResetsAnFdesPassword() {
    fixture
        .given(registered(), member(TENANT, Role.FDE))
        .when(reset(Role.ADMIN))
        .expectEvents(new UserPasswordChangedEvent(TENANT, USER, "$2a$new", T1));
  }

  @Test
  void anFdeMayResetAViewer() {
    fixture
        .given(registered(), member(TENANT, Role.VIEWER))
        .when(reset(Role.FDE))
        .expectEvents(new UserPasswordChangedEvent(TENANT, USER, "$2a$new", T1));
  }

  @Test
  void anAdminCannotResetAnotherAdmin() {
    fixture
        .given(registered(), member(TENANT, Role.ADMIN))
        .when(reset(Role.ADMIN))
        .expectException(hasCode(ErrorCode.PERMISSION_DENIED))
        .expectNoEvents();
  }

  @Test
  void aHigherRoleInAnotherTenantProtectsThePassword() {
    fixture
        .given(registered(), member(TENANT, Role.VIEWER), member(OTHER_TENANT, Role.ADMIN))
        .when(reset(Role.ADMIN))
        .expectException(hasCode(ErrorCode.PERMISSION_DENIED));
  }

  @Test
  void aPlatformSuperAdminsPasswordIsResetByNobody() {
    fixture
        .given(registeredSuperAdmin(), member(TENANT, Role.VIEWER))
        .when(reset(Role.SUPER_ADMIN))
        .expectException(hasCode(ErrorCode.PERMISSION_DENIED));
  }

  @Test
  void aNonMemberIsNotFound() {
    fixture
        .given(registered(), member(OTHER_TENANT, Role.VIEWER))
        .when(reset(Role.SUPER_ADMIN))
        .expectException(hasCode(ErrorCode.NOT_FOUND));
  }

  private static ResetUserPasswordCommand reset(Role grantor) {
    return new ResetUserPasswordCommand(TENANT, USER, "$2a$new", grantor, T1);
  }
}
