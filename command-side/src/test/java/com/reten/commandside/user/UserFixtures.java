package com.reten.commandside.user;

import com.reten.api.security.Role;
import com.reten.api.user.TenantMemberAddedEvent;
import com.reten.api.user.UserRegisteredEvent;
import com.reten.commandside.claim.InMemoryUniqueClaims;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** The user, tenants, times and past events the User fixture tests share. */
final class UserFixtures {

  static final UUID USER = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
  static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
  static final UUID OTHER_TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
  static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  static final Instant T1 = T0.plusSeconds(60);

  private UserFixtures() {}

  static AggregateTestFixture<User> fixture() {
    var fixture = new AggregateTestFixture<>(User.class);
    fixture.registerInjectableResource(new InMemoryUniqueClaims());
    return fixture;
  }

  static UserRegisteredEvent registered() {
    return new UserRegisteredEvent(null, USER, "ana@acme.test", "Ana", "Diaz", "h", false, T0);
  }

  static UserRegisteredEvent registeredSuperAdmin() {
    return new UserRegisteredEvent(null, USER, "root@reten.test", "Root", "Admin", "h", true, T0);
  }

  static TenantMemberAddedEvent member(UUID tenantId, Role... roles) {
    return new TenantMemberAddedEvent(tenantId, USER, Set.of(roles), T0);
  }
}
