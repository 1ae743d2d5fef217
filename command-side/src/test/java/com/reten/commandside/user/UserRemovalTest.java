package com.reten.commandside.user;

import static com.reten.commandside.support.ErrorCodeMatcher.hasCode;
import static com.reten.commandside.user.UserFixtures.OTHER_TENANT;
import static com.reten.commandside.user.UserFixtures.T1;
import static com.reten.commandside.user.UserFixtures.TENANT;
import static com.reten.commandside.user.UserFixtures.USER;
import static com.reten.commandside.user.UserFixtures.member;
import static com.reten.commandside.user.UserFixtures.registered;

import com.reten.api.error.ErrorCode;
import com.reten.api.security.Role;
import com.reten.api.user.RemoveTenantMemberCommand;
import com.reten.api.user.TenantMemberAddedEvent;
import com.reten.api.user.TenantMemberRemovedEvent;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Removing a member from a tenant. */
class UserRemovalTest {

  private AggregateTestFixture<User> fixture;

  @BeforeEach
  void setUp() {
    fixture = UserFixtures.fixture();
  }

  @Test
  void superAdminRemovesAnAdmin() {
    fixture
        .given(registered(), member(TENANT, Role.ADMIN), member(OTHER_TENANT, Role.ADMIN))
        .when(new RemoveTenantMemberCommand(TENANT, USER, Role.SUPER_ADMIN, T1))
        .expectEvents(new TenantMemberRemovedEvent(TENANT, USER, T1));
  }

  @Test
  void onlyAMemberStrictlyBelowMayBeRemoved() {
    fixture
        .given(registered(), member(TENANT, Role.ADMIN))
        .when(new RemoveTenantMemberCommand(TENANT, USER, Role.ADMIN, T1))
        .expectException(hasCode(ErrorCode.PERMISSION_DENIED))
        .expectNoEvents();
  }

  @Test
  void aNonMemberIsNotFound() {
    fixture
        .given(registered(), member(OTHER_TENANT, Role.VIEWER))
        .when(new RemoveTenantMemberCommand(TENANT, USER, Role.SUPER_ADMIN, T1))
        .expectException(hasCode(ErrorCode.NOT_FOUND));
  }

  @Test
  void aRemovedMemberIsGoneAndMayJoinAgain() {
    fixture
        .given(
            registered(), member(TENANT, Role.FDE), new TenantMemberRemovedEvent(TENANT, USER, T1))
        .when(new RemoveTenantMemberCommand(TENANT, USER, Role.SUPER_ADMIN, T1.plusSeconds(1)))
        .expectException(hasCode(ErrorCode.NOT_FOUND));
    fixture
        .given(
            registered(), member(TENANT, Role.FDE), new TenantMemberRemovedEvent(TENANT, USER, T1))
        .whenInvoking(
            USER.toString(),
            user -> user.addMembership(TENANT, Set.of(Role.VIEWER), Role.ADMIN, T1.plusSeconds(1)))
        .expectEvents(
            new TenantMemberAddedEvent(TENANT, USER, Set.of(Role.VIEWER), T1.plusSeconds(1)));
  }
}
