package com.reten.queryside.dispatch;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.dispatch.ChannelDefinition;
import com.reten.api.dispatch.ChannelDefinitionView;
import com.reten.api.dispatch.DispatchProviderRegisteredEvent;
import com.reten.api.dispatch.DispatchProviderUpdatedEvent;
import com.reten.api.dispatch.DispatchProviderView;
import com.reten.api.dispatch.FindDispatchProviderQuery;
import com.reten.api.dispatch.ListDispatchProvidersQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The global provider catalog with its channel definitions (API.md §5.2). */
@Component
@ProcessingGroup("dispatch")
class DispatchProviderProjection {

  private final JdbcTemplate jdbc;

  DispatchProviderProjection(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(DispatchProviderRegisteredEvent event, @SequenceNumber long version) {
    OffsetDateTime at = utc(event.registeredAt());
    jdbc.update(
        "INSERT INTO rm_dispatch_provider (id, code, name, protocol_type, is_active, created_at,"
            + " updated_at, version) VALUES (?, ?, ?, ?, true, ?, ?, ?)",
        event.providerId(),
        event.code(),
        event.name(),
        event.protocolType(),
        at,
        at,
        version);
    event.channelDefinitions().forEach(d -> upsert(event.providerId(), d, at));
  }

  @EventHandler
  void on(DispatchProviderUpdatedEvent event, @SequenceNumber long version) {
    OffsetDateTime at = utc(event.updatedAt());
    jdbc.update(
        "UPDATE rm_dispatch_provider SET name = ?, is_active = ?, updated_at = ?, version = ?"
            + " WHERE id = ?",
        event.name(),
        event.active(),
        at,
        version,
        event.providerId());
    event.channelDefinitions().forEach(d -> upsert(event.providerId(), d, at));
  }

  private void upsert(UUID providerId, ChannelDefinition definition, OffsetDateTime at) {
    jdbc.update(
        "INSERT INTO rm_dispatch_channel_definition (id, provider_id, channel, credential_schema,"
            + " settings_schema, created_at, updated_at) VALUES (?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)"
            + " ON CONFLICT (id) DO UPDATE SET credential_schema = EXCLUDED.credential_schema,"
            + " settings_schema = EXCLUDED.settings_schema, updated_at = EXCLUDED.updated_at",
        definitionId(providerId, definition.channel()),
        providerId,
        definition.channel().name(),
        DispatchJson.write(definition.credentialSchema()),
        DispatchJson.write(definition.settingsSchema()),
        at,
        at);
  }

  static UUID definitionId(UUID providerId, ActivityChannel channel) {
    return UUID.nameUUIDFromBytes((providerId + ":" + channel).getBytes(UTF_8));
  }

  @ResetHandler
  void reset() {
    jdbc.update("DELETE FROM rm_dispatch_provider");
  }

  @QueryHandler
  List<DispatchProviderView> handle(ListDispatchProvidersQuery query) {
    return providers("TRUE");
  }

  @QueryHandler
  Optional<DispatchProviderView> handle(FindDispatchProviderQuery query) {
    return providers("p.id = ?", query.providerId()).stream().findFirst();
  }

  /** Providers by code, each with its definitions in channel order. */
  private List<DispatchProviderView> providers(String where, Object... args) {
    Map<UUID, List<ChannelDefinitionView>> definitions = new HashMap<>();
    jdbc.query(
        "SELECT d.* FROM rm_dispatch_channel_definition d JOIN rm_dispatch_provider p"
            + " ON p.id = d.provider_id WHERE "
            + where,
        row -> {
          var view = definition(row);
          definitions.computeIfAbsent(view.dispatchProviderId(), id -> new ArrayList<>()).add(view);
        },
        args);
    definitions
        .values()
        .forEach(list -> list.sort(Comparator.comparing(ChannelDefinitionView::channel)));
    return jdbc.query(
        "SELECT p.* FROM rm_dispatch_provider p WHERE " + where + " ORDER BY p.code",
        (row, index) -> {
          UUID id = row.getObject("id", UUID.class);
          return new DispatchProviderView(
              id,
              row.getString("code"),
              row.getString("name"),
              row.getString("protocol_type"),
              row.getBoolean("is_active"),
              List.copyOf(definitions.getOrDefault(id, List.of())),
              instant(row, "created_at"),
              instant(row, "updated_at"),
              row.getLong("version"));
        },
        args);
  }

  private static ChannelDefinitionView definition(ResultSet row) throws SQLException {
    return new ChannelDefinitionView(
        row.getObject("id", UUID.class),
        row.getObject("provider_id", UUID.class),
        ActivityChannel.valueOf(row.getString("channel")),
        DispatchJson.fields(row.getString("credential_schema")),
        DispatchJson.fields(row.getString("settings_schema")),
        instant(row, "created_at"),
        instant(row, "updated_at"));
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
