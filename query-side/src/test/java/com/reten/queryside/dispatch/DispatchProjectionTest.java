package com.reten.queryside.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.dispatch.ChannelDefinition;
import com.reten.api.dispatch.ChannelDefinitionView;
import com.reten.api.dispatch.DispatchConfigActivatedEvent;
import com.reten.api.dispatch.DispatchConfigChangedEvent;
import com.reten.api.dispatch.DispatchConfigCreatedEvent;
import com.reten.api.dispatch.DispatchConfigDeactivatedEvent;
import com.reten.api.dispatch.DispatchConfigDeletedEvent;
import com.reten.api.dispatch.DispatchConfigView;
import com.reten.api.dispatch.DispatchPartiesView;
import com.reten.api.dispatch.DispatchProviderRegisteredEvent;
import com.reten.api.dispatch.DispatchProviderUpdatedEvent;
import com.reten.api.dispatch.DispatchProviderView;
import com.reten.api.dispatch.FieldType;
import com.reten.api.dispatch.FindActiveDispatchConfigQuery;
import com.reten.api.dispatch.FindDispatchConfigQuery;
import com.reten.api.dispatch.FindDispatchPartiesQuery;
import com.reten.api.dispatch.FindDispatchProviderQuery;
import com.reten.api.dispatch.ListDispatchConfigsQuery;
import com.reten.api.dispatch.ListDispatchProvidersQuery;
import com.reten.api.dispatch.SchemaField;
import com.reten.queryside.testsupport.ReadModelTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@Import({
  DispatchProviderProjection.class,
  DispatchConfigProjection.class,
  DispatchPartiesQueries.class
})
class DispatchProjectionTest extends ReadModelTest {

  static final SchemaField API_KEY = new SchemaField("apiKey", "API key", FieldType.SECRET, true);

  @Autowired DispatchProviderProjection providers;
  @Autowired DispatchConfigProjection configs;
  @Autowired DispatchPartiesQueries parties;
  @Autowired JdbcTemplate jdbc;

  private final UUID provider = UUID.randomUUID();
  private final UUID tenant = UUID.randomUUID();

  @BeforeEach
  void aProvider() {
    providers.on(
        new DispatchProviderRegisteredEvent(
            provider,
            "YOM",
            "YOM",
            "REST",
            List.of(
                new ChannelDefinition(ActivityChannel.SALESMAN, List.of(API_KEY), List.of()),
                new ChannelDefinition(ActivityChannel.CALLCENTER, List.of(API_KEY), List.of())),
            T0),
        0);
  }

  @Test
  void theCatalogListsProvidersWithTheirDefinitions() {
    DispatchProviderView view =
        providers.handle(new FindDispatchProviderQuery(provider)).orElseThrow();
    assertThat(view.code()).isEqualTo("YOM");
    assertThat(view.active()).isTrue();
    assertThat(view.channelDefinitions())
        .extracting(ChannelDefinitionView::channel)
        .containsExactly(ActivityChannel.SALESMAN, ActivityChannel.CALLCENTER);
    assertThat(view.channelDefinitions().get(0).credentialSchema()).containsExactly(API_KEY);
    assertThat(view.channelDefinitions().get(0).dispatchProviderId()).isEqualTo(provider);

    var sms = new ChannelDefinition(ActivityChannel.SMS, List.of(), List.of());
    var replaced = new ChannelDefinition(ActivityChannel.SALESMAN, List.of(), List.of());
    providers.on(
        new DispatchProviderUpdatedEvent(
            provider, "YOM Chile", false, List.of(sms, replaced), T0.plusSeconds(5)),
        1);

    DispatchProviderView updated = providers.handle(new ListDispatchProvidersQuery()).get(0);
    assertThat(updated.name()).isEqualTo("YOM Chile");
    assertThat(updated.active()).isFalse();
    assertThat(updated.version()).isEqualTo(1);
    assertThat(updated.channelDefinitions())
        .extracting(ChannelDefinitionView::channel)
        .containsExactly(ActivityChannel.SALESMAN, ActivityChannel.CALLCENTER, ActivityChannel.SMS);
    var salesman = updated.channelDefinitions().get(0);
    assertThat(salesman.credentialSchema()).isEmpty();
    assertThat(salesman.createdAt()).isEqualTo(T0);
    assertThat(salesman.updatedAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(providers.handle(new FindDispatchProviderQuery(UUID.randomUUID()))).isEmpty();
  }

  @Test
  void configsKeepOnlyTheNamesOfTheirSecrets() {
    UUID config = UUID.randomUUID();
    configs.on(
        new DispatchConfigCreatedEvent(
            tenant,
            config,
            provider,
            ActivityChannel.SALESMAN,
            "https://yom.example",
            Map.of("region", "north"),
            Map.of("apiKey", "v1:CIPHERTEXT-A"),
            Map.of("signingSecret", "v1:CIPHERTEXT-B"),
            T0),
        0);

    DispatchConfigView view =
        configs.handle(new FindDispatchConfigQuery(tenant, config)).orElseThrow();
    assertThat(view.providerCode()).isEqualTo("YOM");
    assertThat(view.settings()).isEqualTo(Map.of("region", "north"));
    assertThat(view.credentialKeys()).containsExactly("apiKey");
    assertThat(view.secretSettingKeys()).containsExactly("signingSecret");
    assertThat(view.active()).isTrue();
    String row = jdbc.queryForObject("SELECT t::text FROM rm_dispatch_config t", String.class);
    assertThat(row).doesNotContain("CIPHERTEXT");
    assertThat(configs.handle(new FindDispatchConfigQuery(UUID.randomUUID(), config))).isEmpty();

    configs.on(
        new DispatchConfigChangedEvent(
            tenant,
            config,
            "https://yom2.example",
            Map.of(),
            Map.of("apiKey", "v1:X"),
            Map.of(),
            T0),
        1);
    configs.on(new DispatchConfigDeactivatedEvent(tenant, config, T0.plusSeconds(1)), 2);
    assertThat(configs.handle(new FindActiveDispatchConfigQuery(tenant, ActivityChannel.SALESMAN)))
        .isEmpty();
    configs.on(new DispatchConfigActivatedEvent(tenant, config, T0.plusSeconds(2)), 3);
    DispatchConfigView active =
        configs
            .handle(new FindActiveDispatchConfigQuery(tenant, ActivityChannel.SALESMAN))
            .orElseThrow();
    assertThat(active.baseUrl()).isEqualTo("https://yom2.example");
    assertThat(active.secretSettingKeys()).isEmpty();
    assertThat(active.version()).isEqualTo(3);
    assertThat(configs.handle(new ListDispatchConfigsQuery(tenant))).hasSize(1);

    configs.on(new DispatchConfigDeletedEvent(tenant, config, T0.plusSeconds(3)));
    assertThat(configs.handle(new ListDispatchConfigsQuery(tenant))).isEmpty();
    assertThat(configs.handle(new FindDispatchConfigQuery(tenant, config))).isEmpty();
  }

  @Test
  void partiesComeFromTheDirectoryOfTheTenantOnly() {
    UUID commerce = UUID.randomUUID();
    UUID operator = UUID.randomUUID();
    jdbc.update(
        "INSERT INTO rm_commerce (id, tenant_id, name, external_id, is_active, is_placeholder,"
            + " metadata, created_at, updated_at, version) VALUES (?, ?, 'Almacén Rosa', 'C-1',"
            + " true, false, '{}', now(), now(), 0)",
        commerce,
        tenant);
    jdbc.update(
        "INSERT INTO rm_commerce_address (id, commerce_id, position, source, street, city,"
            + " country_code, latitude, is_primary, is_active, created_at, updated_at)"
            + " VALUES (?, ?, 1, 'RETEN', 'Av. Providencia', 'Santiago', 'CL', -33.4, true, true,"
            + " now(), now())",
        UUID.randomUUID(),
        commerce);
    jdbc.update(
        "INSERT INTO rm_operator (id, tenant_id, type, name, external_id, active, placeholder,"
            + " created_at, updated_at) VALUES (?, ?, 'SALESMAN', 'Ana', 'E-1', true, false, now(),"
            + " now())",
        operator,
        tenant);

    DispatchPartiesView view =
        parties.handle(new FindDispatchPartiesQuery(tenant, commerce, operator, UUID.randomUUID()));
    assertThat(view.commerce().name()).isEqualTo("Almacén Rosa");
    assertThat(view.commerce().externalId()).isEqualTo("C-1");
    assertThat(view.commerce().primaryAddress().street()).isEqualTo("Av. Providencia");
    assertThat(view.commerce().primaryAddress().latitude()).isEqualTo(-33.4);
    assertThat(view.operator()).isEqualTo(new DispatchPartiesView.Party(operator, "E-1", "Ana"));
    assertThat(view.route()).isNull();

    var stranger =
        parties.handle(new FindDispatchPartiesQuery(UUID.randomUUID(), commerce, operator, null));
    assertThat(stranger.commerce()).isNull();
    assertThat(stranger.operator()).isNull();
  }
}
