package com.reten.commandside.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.TargetLockReason;
import com.reten.api.activityconfig.TargetCriterion;
import com.reten.api.activityconfig.TargetCriterionType;
import com.reten.api.activityconfig.TargetResolutionRule;
import com.reten.api.activityconfig.TargetResolutionStrategy;
import com.reten.api.commerce.CommerceRole;
import com.reten.commandside.commerce.CommerceUserSnapshot;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TargetResolverTest {

  private static final UUID ANA = UUID.randomUUID();
  private static final UUID LUIS = UUID.randomUUID();
  private static final UUID BO = UUID.randomUUID();

  private final FakeDirectory directory = new FakeDirectory();
  private final TargetResolver resolver = new TargetResolver(directory, ActivityChannel.WHATSAPP);

  @Test
  void roleMatchPicksEveryActiveUserWithTheRoleInOrder() {
    directory
        .user(ANA, "Ana", true, CommerceRole.ORDERS)
        .user(LUIS, "Luis", false, CommerceRole.ORDERS)
        .user(BO, "Bo", true, CommerceRole.ORDERS, CommerceRole.OWNER);

    var outcome = resolver.resolve(rule(true, true, role("orders", 0)));

    assertThat(ids(outcome.users())).containsExactly(ANA, BO);
    assertThat(outcome.reason()).isEqualTo(TargetLockReason.CRITERIA_MATCH);
  }

  @Test
  void criteriaAreTriedByAscendingPriorityAndTheFirstMatchWins() {
    directory.user(ANA, "Ana", true, CommerceRole.FINANCE).user(BO, "Bo", true, CommerceRole.ADMIN);

    var outcome = resolver.resolve(rule(true, true, role("FINANCE", 9), role("ADMIN", 2)));

    assertThat(ids(outcome.users())).containsExactly(BO);
  }

  @Test
  void lastContactedOnAnyChannelOrOnTheActivitysChannel() {
    directory.user(ANA, "Ana", true).user(BO, "Bo", true);
    directory.lastContacted.put(Optional.empty(), ANA);
    directory.lastContacted.put(Optional.of(ActivityChannel.WHATSAPP), BO);

    assertThat(
            ids(
                resolver
                    .resolve(
                        rule(false, false, last(TargetCriterionType.LAST_CONTACTED_ALL_CHANNELS)))
                    .users()))
        .containsExactly(ANA);
    assertThat(
            ids(
                resolver
                    .resolve(
                        rule(false, false, last(TargetCriterionType.LAST_CONTACTED_SAME_CHANNEL)))
                    .users()))
        .containsExactly(BO);
  }

  @Test
  void aLastContactedUserWhoIsNoLongerActiveIsNoMatch() {
    directory.user(ANA, "Ana", false).user(LUIS, "Luis", true, CommerceRole.COMMERCE_REP);
    directory.lastContacted.put(Optional.empty(), ANA);

    var outcome =
        resolver.resolve(rule(true, true, last(TargetCriterionType.LAST_CONTACTED_ALL_CHANNELS)));

    assertThat(ids(outcome.users())).containsExactly(LUIS);
    assertThat(outcome.reason()).isEqualTo(TargetLockReason.FALLBACK_COMMERCE_REP);
  }

  @Test
  void theRepFallbackComesBeforeTheOwnerAndEachCanBeOff() {
    directory
        .user(ANA, "Ana", true, CommerceRole.OWNER)
        .user(LUIS, "Luis", true, CommerceRole.COMMERCE_REP);

    assertThat(resolver.resolve(rule(true, true, role("ADMIN", 0))).reason())
        .isEqualTo(TargetLockReason.FALLBACK_COMMERCE_REP);
    var ownerOnly = resolver.resolve(rule(false, true, role("ADMIN", 0)));
    assertThat(ownerOnly.reason()).isEqualTo(TargetLockReason.FALLBACK_OWNER);
    assertThat(ids(ownerOnly.users())).containsExactly(ANA);
    var none = resolver.resolve(rule(false, false, role("ADMIN", 0)));
    assertThat(none.found()).isFalse();
    assertThat(none.failure())
        .isEqualTo("no active commerce user matched ROLE_MATCH ADMIN; fallbacks are off");
  }

  @Test
  void theFailureNamesWhatWasTriedAndWhichFallbacksWereOn() {
    assertThat(
            resolver
                .resolve(
                    rule(
                        true,
                        false,
                        role("ADMIN", 0),
                        last(TargetCriterionType.LAST_CONTACTED_SAME_CHANNEL)))
                .failure())
        .isEqualTo(
            "no active commerce user matched ROLE_MATCH ADMIN, LAST_CONTACTED_SAME_CHANNEL;"
                + " no active COMMERCE_REP to fall back to (OWNER fallback off)");
    assertThat(resolver.resolve(rule(false, true)).failure())
        .isEqualTo(
            "the rule has no criteria; no active OWNER to fall back to (COMMERCE_REP fallback off)");
  }

  @Test
  void aRoleMatchWithoutAValidRoleMatchesNobody() {
    directory.user(ANA, "Ana", true, CommerceRole.OWNER);
    var noRole = new TargetCriterion(TargetCriterionType.ROLE_MATCH, Map.of("role", 7), 0);

    assertThat(resolver.resolve(rule(false, false, noRole)).found()).isFalse();
  }

  private static TargetResolutionRule rule(
      boolean rep, boolean owner, TargetCriterion... criteria) {
    return new TargetResolutionRule(
        TargetResolutionStrategy.ON_CREATION, rep, owner, List.of(criteria));
  }

  private static TargetCriterion role(String role, int priority) {
    return new TargetCriterion(TargetCriterionType.ROLE_MATCH, Map.of("role", role), priority);
  }

  private static TargetCriterion last(TargetCriterionType type) {
    return new TargetCriterion(type, Map.of(), 0);
  }

  private static List<UUID> ids(List<CommerceUserSnapshot> users) {
    return users.stream().map(CommerceUserSnapshot::userId).toList();
  }
}
