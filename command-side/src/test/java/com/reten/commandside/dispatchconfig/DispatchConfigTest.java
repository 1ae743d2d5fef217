package com.reten.commandside.dispatchconfig;

import static com.reten.commandside.support.ErrorCodeMatcher.hasCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.dispatch.CreateDispatchConfigCommand;
import com.reten.api.dispatch.DeleteDispatchConfigCommand;
import com.reten.api.dispatch.DispatchConfigChangedEvent;
import com.reten.api.dispatch.DispatchConfigCreatedEvent;
import com.reten.api.dispatch.DispatchConfigDeactivatedEvent;
import com.reten.api.dispatch.DispatchConfigDeletedEvent;
import com.reten.api.dispatch.DispatchProviderUpdatedEvent;
import com.reten.api.dispatch.UpdateDispatchConfigCommand;
import com.reten.api.error.ErrorCode;
import com.reten.commandside.claim.ClaimScope;
import com.reten.commandside.claim.InMemoryUniqueClaims;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant dispatch configs against the seeded catalog: schema checks, one active config per channel,
 * and secrets that reach events only sealed.
 */
class DispatchConfigTest {

  static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
  static final UUID OTHER_TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
  static final UUID CONFIG = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
  static final UUID YOM = SeededProviders.idOf("YOM");
  static final UUID MOCK = SeededProviders.idOf("MOCK");
  static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  static final Instant T1 = T0.plusSeconds(60);
  static final String API_KEY = "yom-live-key-0001";
  static final String SECRET = "whsec-signing-0001";

  private final CredentialsCipher cipher =
      new CredentialsCipher(
          new CredentialsKeyProperties(
              Base64.getEncoder().encodeToString(new byte[32]), null, false));
  private AggregateTestFixture<DispatchConfig> fixture;
  private InMemoryUniqueClaims claims;
  private EmbeddedEventStore catalog;

  @BeforeEach
  void setUp() {
    claims = new InMemoryUniqueClaims();
    catalog = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    var seeds = SeededProviders.all(T0);
    for (var seed : seeds) {
      catalog.publish(
          new GenericDomainEventMessage<>(
              "DispatchProvider",
              seed.providerId().toString(),
              0,
              new com.reten.api.dispatch.DispatchProviderRegisteredEvent(
                  seed.providerId(),
                  seed.code(),
                  seed.name(),
                  "REST",
                  seed.channelDefinitions(),
                  T0)));
    }
    fixture = new AggregateTestFixture<>(DispatchConfig.class);
    fixture.registerInjectableResource(claims);
    var providers =
        EventSourcingRepository.builder(DispatchProvider.class)
            .eventStore(catalog)
            .parameterResolverFactory(
                MultiParameterResolverFactory.ordered(
                    ClasspathParameterResolverFactory.forClass(DispatchProvider.class),
                    new SimpleResourceParameterResolverFactory(Set.of(claims))))
            .build();
    fixture.registerAnnotatedCommandHandler(
        new DispatchConfigHandler(
            fixture.getRepository(),
            providers,
            claims,
            cipher,
            new ProviderAddresses(false, false)));
  }

  @Test
  void aConfigIsCreatedActiveWithItsSecretsSealed() {
    fixture
        .givenNoPriorActivity()
        .when(create(Map.of("apiKey", API_KEY), settings()))
        .expectEventsMatching(
            only(
                DispatchConfigCreatedEvent.class,
                event -> {
                  assertThat(event.tenantId()).isEqualTo(TENANT);
                  assertThat(event.providerId()).isEqualTo(YOM);
                  assertThat(event.channel()).isEqualTo(ActivityChannel.SALESMAN);
                  assertThat(event.baseUrl()).isEqualTo("https://yom.example/api");
                  assertThat(event.settings())
                      .isEqualTo(Map.of("hookUrl", "https://acme.example/hook", "region", "north"));
                  assertThat(event.toString()).doesNotContain(API_KEY, SECRET);
                  assertThat(open(event.sealedCredentials().get("apiKey"), "credentials/apiKey"))
                      .isEqualTo(API_KEY);
                  assertThat(
                          open(
                              event.sealedSettings().get("signingSecret"),
                              "settings/signingSecret"))
                      .isEqualTo(SECRET);
                }));
    assertThat(claims.owner(ClaimScope.ACTIVE_DISPATCH_CONFIG, TENANT + ":SALESMAN"))
        .contains(CONFIG);
  }

  @Test
  void credentialsFollowTheChannelsSchema() {
    for (Map<String, Object> credentials :
        List.<Map<String, Object>>of(
            Map.of(),
            Map.of("apiKey", " "),
            Map.of("apiKey", 42),
            Map.of("apiKey", API_KEY, "password", "x"))) {
      fixture
          .givenNoPriorActivity()
          .when(create(credentials, null))
          .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
          .expectNoEvents();
    }
    fixture
        .givenNoPriorActivity()
        .when(create(Map.of("api_key", API_KEY), Map.of("signing_secret", SECRET)))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void aFreeFormSettingNamedLikeASecretIsRefused() {
    for (String key : List.of("webhookPassword", "webhook_password", "partnerToken", "x-api-key")) {
      fixture
          .givenNoPriorActivity()
          .when(create(Map.of("apiKey", API_KEY), Map.of(key, "s3cr3t")))
          .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
          .expectExceptionMessage(containsString("named like a secret"))
          .expectNoEvents();
    }
  }

  @Test
  void aBaseUrlOnThisServersNeighboursIsRefused() {
    for (String url :
        List.of(
            "http://10.1.2.3",
            "https://192.168.0.10/api",
            "http://169.254.169.254/latest/meta-data",
            "http://[fd00::1]:8080",
            "http://127.0.0.1:8080",
            "http://localhost:8080")) {
      fixture
          .givenNoPriorActivity()
          .when(create(YOM, ActivityChannel.SALESMAN, url, Map.of("apiKey", API_KEY), null))
          .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
          .expectExceptionMessage(containsString("where providers may not be"))
          .expectNoEvents();
    }
  }

  @Test
  void theBaseUrlIsAnHttpUrlWithoutUserAndRequiredButForMock() {
    for (String url :
        List.of("ftp://yom.example", "yom.example/api", "https://user:pw@yom.example", " ")) {
      fixture
          .givenNoPriorActivity()
          .when(create(YOM, ActivityChannel.SALESMAN, url, Map.of("apiKey", API_KEY), null))
          .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
          .expectNoEvents();
    }
    fixture
        .givenNoPriorActivity()
        .when(create(MOCK, ActivityChannel.WHATSAPP, null, null, null))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void theChannelMustBeOneTheProviderServes() {
    fixture
        .givenNoPriorActivity()
        .when(
            create(YOM, ActivityChannel.EMAIL, "https://yom.example", Map.of("apiKey", "k"), null))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage("channel: dispatch provider YOM does not serve EMAIL");
    fixture
        .givenNoPriorActivity()
        .when(create(UUID.randomUUID(), ActivityChannel.SMS, "https://x.example", Map.of(), null))
        .expectException(hasCode(ErrorCode.NOT_FOUND));
  }

  @Test
  void onlyOneConfigPerChannelIsActive() {
    claims.claim(ClaimScope.ACTIVE_DISPATCH_CONFIG, TENANT + ":SALESMAN", UUID.randomUUID());
    fixture
        .givenNoPriorActivity()
        .when(create(Map.of("apiKey", API_KEY), null))
        .expectException(hasCode(ErrorCode.DISPATCH_CHANNEL_TAKEN))
        .expectNoEvents();
  }

  @Test
  void anInactiveProviderTakesNoNewConfig() {
    catalog.publish(
        new GenericDomainEventMessage<>(
            "DispatchProvider",
            YOM.toString(),
            1,
            new DispatchProviderUpdatedEvent(YOM, "YOM", false, List.of(), T0)));
    fixture
        .givenNoPriorActivity()
        .when(create(Map.of("apiKey", API_KEY), null))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage("dispatch_provider_id: provider YOM is inactive");
  }

  @Test
  void deactivatingFreesTheChannelAndReactivatingTakesItBack() {
    claims.claim(ClaimScope.ACTIVE_DISPATCH_CONFIG, TENANT + ":SALESMAN", CONFIG);
    fixture
        .given(created())
        .when(update(null, null, false))
        .expectEvents(new DispatchConfigDeactivatedEvent(TENANT, CONFIG, T1));
    assertThat(claims.owner(ClaimScope.ACTIVE_DISPATCH_CONFIG, TENANT + ":SALESMAN")).isEmpty();

    UUID other = UUID.randomUUID();
    claims.claim(ClaimScope.ACTIVE_DISPATCH_CONFIG, TENANT + ":SALESMAN", other);
    fixture
        .given(created(), new DispatchConfigDeactivatedEvent(TENANT, CONFIG, T0))
        .when(update(null, null, true))
        .expectException(hasCode(ErrorCode.DISPATCH_CHANNEL_TAKEN))
        .expectNoEvents();
  }

  @Test
  void settingsMergeKeyByKeyAndASecretSettingCanBeRemoved() {
    Map<String, Object> changes = new HashMap<>();
    changes.put("signingSecret", null);
    changes.put("region", "south");
    fixture
        .given(created())
        .when(update(null, changes, null))
        .expectEventsMatching(
            only(
                DispatchConfigChangedEvent.class,
                event -> {
                  assertThat(event.settings())
                      .isEqualTo(Map.of("hookUrl", "https://acme.example/hook", "region", "south"));
                  assertThat(event.sealedSettings()).isEmpty();
                  assertThat(event.sealedCredentials()).hasSize(1);
                }));
    fixture
        .given(created())
        .when(update(null, Map.of("hookUrl", "not a url"), null))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED));
  }

  @Test
  void replacedCredentialsAreSealedAgain() {
    fixture
        .given(created())
        .when(update(Map.of("apiKey", "rotated-key-0002"), null, null))
        .expectEventsMatching(
            only(
                DispatchConfigChangedEvent.class,
                event ->
                    assertThat(open(event.sealedCredentials().get("apiKey"), "credentials/apiKey"))
                        .isEqualTo("rotated-key-0002")));
  }

  @Test
  void deletingFreesTheChannelAndHidesTheConfig() {
    claims.claim(ClaimScope.ACTIVE_DISPATCH_CONFIG, TENANT + ":SALESMAN", CONFIG);
    fixture
        .given(created())
        .when(new DeleteDispatchConfigCommand(TENANT, CONFIG, null, T1))
        .expectEvents(new DispatchConfigDeletedEvent(TENANT, CONFIG, T1));
    assertThat(claims.owner(ClaimScope.ACTIVE_DISPATCH_CONFIG, TENANT + ":SALESMAN")).isEmpty();

    fixture
        .given(created(), new DispatchConfigDeletedEvent(TENANT, CONFIG, T0))
        .when(update(null, null, true))
        .expectException(hasCode(ErrorCode.NOT_FOUND));
  }

  @Test
  void anotherTenantsConfigIsNotFound() {
    fixture
        .given(created())
        .when(new DeleteDispatchConfigCommand(OTHER_TENANT, CONFIG, null, T1))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectNoEvents();
    fixture
        .given(created())
        .when(
            new UpdateDispatchConfigCommand(
                OTHER_TENANT, CONFIG, "https://evil.example", null, null, null, null, T1))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectNoEvents();
  }

  @Test
  void commandsNeverPrintTheirSecrets() {
    assertThat(create(Map.of("apiKey", API_KEY), settings()).toString())
        .doesNotContain(API_KEY, SECRET);
    assertThat(update(Map.of("apiKey", API_KEY), settings(), null).toString())
        .doesNotContain(API_KEY, SECRET);
  }

  private DispatchConfigCreatedEvent created() {
    var secrets = new ConfigSecrets(cipher, TENANT, CONFIG);
    return new DispatchConfigCreatedEvent(
        TENANT,
        CONFIG,
        YOM,
        ActivityChannel.SALESMAN,
        "https://yom.example/api",
        Map.of("hookUrl", "https://acme.example/hook", "region", "north"),
        secrets.sealCredentials(Map.of("apiKey", API_KEY)),
        Map.of("signingSecret", secrets.sealSetting("signingSecret", SECRET)),
        T0);
  }

  private String open(String sealed, String field) {
    try {
      return cipher.open(sealed, TENANT + "/" + CONFIG + "/" + field);
    } catch (CredentialsCipher.UnreadableSecretException e) {
      throw new AssertionError(e);
    }
  }

  private static Map<String, Object> settings() {
    return Map.of(
        "signingSecret", SECRET, "hookUrl", "https://acme.example/hook", "region", "north");
  }

  private static CreateDispatchConfigCommand create(
      Map<String, Object> credentials, Map<String, Object> settings) {
    return create(YOM, ActivityChannel.SALESMAN, "https://yom.example/api/", credentials, settings);
  }

  private static CreateDispatchConfigCommand create(
      UUID provider,
      ActivityChannel channel,
      String baseUrl,
      Map<String, Object> credentials,
      Map<String, Object> settings) {
    return new CreateDispatchConfigCommand(
        TENANT, CONFIG, provider, channel, baseUrl, credentials, settings, T0);
  }

  private static UpdateDispatchConfigCommand update(
      Map<String, Object> credentials, Map<String, Object> settings, Boolean active) {
    return new UpdateDispatchConfigCommand(
        TENANT, CONFIG, null, credentials, settings, active, null, T1);
  }

  /** Exactly one event, of {@code type}, whose payload passes {@code check}. */
  private static <T> Matcher<List<EventMessage<?>>> only(Class<T> type, Consumer<T> check) {
    return new CustomTypeSafeMatcher<>("one " + type.getSimpleName()) {
      @Override
      protected boolean matchesSafely(List<EventMessage<?>> events) {
        if (events.size() != 1 || !type.isInstance(events.get(0).getPayload())) {
          return false;
        }
        check.accept(type.cast(events.get(0).getPayload()));
        return true;
      }
    };
  }
}
