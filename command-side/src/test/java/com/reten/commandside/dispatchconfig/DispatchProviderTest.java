package com.reten.commandside.dispatchconfig;

import static com.reten.commandside.support.ErrorCodeMatcher.hasCode;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.dispatch.ChannelDefinition;
import com.reten.api.dispatch.DispatchProviderRegisteredEvent;
import com.reten.api.dispatch.DispatchProviderUpdatedEvent;
import com.reten.api.dispatch.FieldType;
import com.reten.api.dispatch.RegisterDispatchProviderCommand;
import com.reten.api.dispatch.SchemaField;
import com.reten.api.dispatch.UpdateDispatchProviderCommand;
import com.reten.api.error.ErrorCode;
import com.reten.commandside.claim.ClaimScope;
import com.reten.commandside.claim.InMemoryUniqueClaims;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The provider catalog's rules: unique codes, well-formed definitions, additive changes. */
class DispatchProviderTest {

  static final UUID PROVIDER = UUID.fromString("00000000-0000-0000-0000-00000000d001");
  static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  static final Instant T1 = T0.plusSeconds(60);
  static final SchemaField TOKEN = new SchemaField("token", "Token", FieldType.SECRET, true);
  static final ChannelDefinition SMS =
      new ChannelDefinition(ActivityChannel.SMS, List.of(TOKEN), List.of());

  private AggregateTestFixture<DispatchProvider> fixture;
  private InMemoryUniqueClaims claims;

  @BeforeEach
  void setUp() {
    claims = new InMemoryUniqueClaims();
    fixture = new AggregateTestFixture<>(DispatchProvider.class);
    fixture.registerInjectableResource(claims);
  }

  @Test
  void aProviderIsRegisteredActiveWithItsDefinitions() {
    fixture
        .givenNoPriorActivity()
        .when(register("ACME", List.of(SMS)))
        .expectEvents(
            new DispatchProviderRegisteredEvent(
                PROVIDER, "ACME", "Acme", "REST", List.of(SMS), T0));
  }

  @Test
  void aFieldWithoutLabelIsLabelledWithItsKey() {
    var unlabelled = new SchemaField("token", null, FieldType.SECRET, true);
    var definition = new ChannelDefinition(ActivityChannel.SMS, List.of(unlabelled), null);
    var labelled =
        new ChannelDefinition(
            ActivityChannel.SMS,
            List.of(new SchemaField("token", "token", FieldType.SECRET, true)),
            List.of());
    fixture
        .givenNoPriorActivity()
        .when(register("ACME", List.of(definition)))
        .expectEvents(
            new DispatchProviderRegisteredEvent(
                PROVIDER, "ACME", "Acme", "REST", List.of(labelled), T0));
  }

  @Test
  void theCodeIsUnique() {
    claims.claim(ClaimScope.DISPATCH_PROVIDER_CODE, "ACME", UUID.randomUUID());
    fixture
        .givenNoPriorActivity()
        .when(register("ACME", List.of(SMS)))
        .expectException(hasCode(ErrorCode.DISPATCH_PROVIDER_CODE_TAKEN))
        .expectNoEvents();
  }

  @Test
  void badCodesProtocolsAndDefinitionsAreRefused() {
    for (var command :
        List.of(
            register("acme", List.of(SMS)),
            register("A", List.of(SMS)),
            register("ACME", List.of()),
            register("ACME", List.of(SMS, SMS)),
            new RegisterDispatchProviderCommand(PROVIDER, "ACME", "Acme", "SOAP", List.of(SMS), T0),
            register(
                "ACME",
                List.of(
                    new ChannelDefinition(ActivityChannel.SMS, List.of(TOKEN, TOKEN), List.of()))),
            register(
                "ACME",
                List.of(
                    new ChannelDefinition(
                        ActivityChannel.SMS,
                        List.of(new SchemaField("bad key", "x", FieldType.STRING, false)),
                        List.of()))))) {
      fixture
          .givenNoPriorActivity()
          .when(command)
          .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
          .expectNoEvents();
    }
  }

  @Test
  void anUpdateCarriesOnlyWhatChanged() {
    var email = new ChannelDefinition(ActivityChannel.EMAIL, List.of(), List.of(TOKEN));
    fixture
        .given(registered())
        .when(
            new UpdateDispatchProviderCommand(PROVIDER, null, false, List.of(SMS, email), null, T1))
        .expectEvents(
            new DispatchProviderUpdatedEvent(PROVIDER, "Acme", false, List.of(email), T1));
  }

  @Test
  void anUpdateThatChangesNothingRecordsNothing() {
    fixture
        .given(registered())
        .when(new UpdateDispatchProviderCommand(PROVIDER, "Acme", true, List.of(SMS), null, T1))
        .expectNoEvents();
  }

  private static DispatchProviderRegisteredEvent registered() {
    return new DispatchProviderRegisteredEvent(PROVIDER, "ACME", "Acme", "REST", List.of(SMS), T0);
  }

  private static RegisterDispatchProviderCommand register(
      String code, List<ChannelDefinition> definitions) {
    return new RegisterDispatchProviderCommand(PROVIDER, code, "Acme", null, definitions, T0);
  }
}
