package com.reten.queryside.dispatch;

import static com.reten.queryside.dispatch.DispatchProviderProjection.instant;
import static com.reten.queryside.dispatch.DispatchProviderProjection.utc;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.dispatch.DispatchConfigActivatedEvent;
import com.reten.api.dispatch.DispatchConfigChangedEvent;
import com.reten.api.dispatch.DispatchConfigCreatedEvent;
import com.reten.api.dispatch.DispatchConfigDeactivatedEvent;
import com.reten.api.dispatch.DispatchConfigDeletedEvent;
import com.reten.api.dispatch.DispatchConfigView;
import com.reten.api.dispatch.FindActiveDispatchConfigQuery;
import com.reten.api.dispatch.FindDispatchConfigQuery;
import com.reten.api.dispatch.ListDispatchConfigsQuery;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tenants' dispatch configs (API.md §5.3). The events carry secrets as ciphertext; this read model
 * keeps none of it, only the names of the credentials and secret settings that are set. The
 * provider's code and name are joined in when read, so they follow catalog renames.
 */
@Component
@ProcessingGroup("dispatch")
class DispatchConfigProjection {

  private static final String SELECT =
      "SELECT c.*, p.code AS provider_code, p.name AS provider_name FROM rm_dispatch_config c"
          + " LEFT JOIN rm_dispatch_provider p ON p.id = c.provider_id WHERE c.tenant_id = ?";

  private final JdbcTemplate jdbc;

  DispatchConfigProjection(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(DispatchConfigCreatedEvent event, @SequenceNumber long version) {
    jdbc.update(
        "INSERT INTO rm_dispatch_config (id, tenant_id, provider_id, channel, base_url, settings,"
            + " credential_keys, secret_setting_keys, is_active, created_at, updated_at, version)"
            + " VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, true, ?, ?, ?)",
        event.configId(),
        event.tenantId(),
        event.providerId(),
        event.channel().name(),
        event.baseUrl(),
        DispatchJson.write(event.settings()),
        keys(event.sealedCredentials()),
        keys(event.sealedSettings()),
        utc(event.createdAt()),
        utc(event.createdAt()),
        version);
  }

  @EventHandler
  void on(DispatchConfigChangedEvent event, @SequenceNumber long version) {
    jdbc.update(
        "UPDATE rm_dispatch_config SET base_url = ?, settings = ?::jsonb, credential_keys = ?,"
            + " secret_setting_keys = ?, updated_at = ?, version = ? WHERE id = ?",
        event.baseUrl(),
        DispatchJson.write(event.settings()),
        keys(event.sealedCredentials()),
        keys(event.sealedSettings()),
        utc(event.changedAt()),
        version,
        event.configId());
  }

  @EventHandler
  void on(DispatchConfigActivatedEvent event, @SequenceNumber long version) {
    active(event.configId(), true, event.activatedAt(), version);
  }

  @EventHandler
  void on(DispatchConfigDeactivatedEvent event, @SequenceNumber long version) {
    active(event.configId(), false, event.deactivatedAt(), version);
  }

  @EventHandler
  void on(DispatchConfigDeletedEvent event) {
    jdbc.update("DELETE FROM rm_dispatch_config WHERE id = ?", event.configId());
  }

  private void active(UUID configId, boolean active, java.time.Instant at, long version) {
    jdbc.update(
        "UPDATE rm_dispatch_config SET is_active = ?, updated_at = ?, version = ? WHERE id = ?",
        active,
        utc(at),
        version,
        configId);
  }

  @ResetHandler
  void reset() {
    jdbc.update("DELETE FROM rm_dispatch_config");
  }

  @QueryHandler
  List<DispatchConfigView> handle(ListDispatchConfigsQuery query) {
    return jdbc.query(
        SELECT + " ORDER BY c.created_at DESC, c.id DESC",
        (row, index) -> view(row),
        query.tenantId());
  }

  @QueryHandler
  Optional<DispatchConfigView> handle(FindDispatchConfigQuery query) {
    return jdbc
        .query(
            SELECT + " AND c.id = ?", (row, index) -> view(row), query.tenantId(), query.configId())
        .stream()
        .findFirst();
  }

  @QueryHandler
  Optional<DispatchConfigView> handle(FindActiveDispatchConfigQuery query) {
    return jdbc
        .query(
            SELECT + " AND c.channel = ? AND c.is_active",
            (row, index) -> view(row),
            query.tenantId(),
            query.channel().name())
        .stream()
        .findFirst();
  }

  private static String[] keys(Map<String, String> sealed) {
    return new TreeSet<>(sealed == null ? List.of() : sealed.keySet()).toArray(String[]::new);
  }

  private static DispatchConfigView view(ResultSet row) throws SQLException {
    return new DispatchConfigView(
        row.getObject("id", UUID.class),
        row.getObject("tenant_id", UUID.class),
        row.getObject("provider_id", UUID.class),
        row.getString("provider_code"),
        row.getString("provider_name"),
        ActivityChannel.valueOf(row.getString("channel")),
        row.getString("base_url"),
        DispatchJson.object(row.getString("settings")),
        strings(row.getArray("credential_keys")),
        strings(row.getArray("secret_setting_keys")),
        row.getBoolean("is_active"),
        instant(row, "created_at"),
        instant(row, "updated_at"),
        row.getLong("version"));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
