package com.reten.queryside.dispatch;

import com.reten.api.dispatch.DispatchPartiesView;
import com.reten.api.dispatch.DispatchPartiesView.Address;
import com.reten.api.dispatch.DispatchPartiesView.Commerce;
import com.reten.api.dispatch.DispatchPartiesView.Party;
import com.reten.api.dispatch.FindDispatchPartiesQuery;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The commerce (with its primary active address), operator and route a provider request names, read
 * from the directory's read models; each within the tenant, or {@code null}.
 */
@Component
class DispatchPartiesQueries {

  private final JdbcTemplate jdbc;

  DispatchPartiesQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @QueryHandler
  DispatchPartiesView handle(FindDispatchPartiesQuery query) {
    return new DispatchPartiesView(
        commerce(query.tenantId(), query.commerceId()),
        party("rm_operator", query.tenantId(), query.operatorId()),
        party("rm_route", query.tenantId(), query.routeId()));
  }

  private Commerce commerce(UUID tenantId, UUID commerceId) {
    if (commerceId == null) {
      return null;
    }
    return jdbc
        .query(
            "SELECT c.id, c.external_id, c.name, a.street, a.street_number, a.unit, a.city,"
                + " a.commune, a.region, a.country_code, a.formatted_address, a.latitude,"
                + " a.longitude, a.id AS address_id FROM rm_commerce c"
                + " LEFT JOIN rm_commerce_address a ON a.commerce_id = c.id AND a.is_primary"
                + " AND a.is_active WHERE c.id = ? AND c.tenant_id = ?"
                + " ORDER BY a.position LIMIT 1",
            (row, index) ->
                new Commerce(
                    row.getObject("id", UUID.class),
                    row.getString("external_id"),
                    row.getString("name"),
                    row.getObject("address_id") == null
                        ? null
                        : new Address(
                            row.getString("street"),
                            row.getString("street_number"),
                            row.getString("unit"),
                            row.getString("city"),
                            row.getString("commune"),
                            row.getString("region"),
                            row.getString("country_code"),
                            row.getString("formatted_address"),
                            row.getObject("latitude", Double.class),
                            row.getObject("longitude", Double.class))),
            commerceId,
            tenantId)
        .stream()
        .findFirst()
        .orElse(null);
  }

  private Party party(String table, UUID tenantId, UUID id) {
    if (id == null) {
      return null;
    }
    return jdbc
        .query(
            "SELECT id, external_id, name FROM " + table + " WHERE id = ? AND tenant_id = ?",
            (row, index) ->
                new Party(
                    row.getObject("id", UUID.class),
                    row.getString("external_id"),
                    row.getString("name")),
            id,
            tenantId)
        .stream()
        .findFirst()
        .orElse(null);
  }
}
