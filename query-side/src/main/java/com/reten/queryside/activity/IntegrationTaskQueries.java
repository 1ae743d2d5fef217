package com.reten.queryside.activity;

import com.reten.api.activity.ActivityType;
import com.reten.api.integration.IntegrationTaskPage;
import com.reten.api.integration.IntegrationTaskView;
import com.reten.api.integration.ListIntegrationTasksQuery;
import com.reten.api.result.ResultStatus;
import jakarta.persistence.criteria.JoinType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Task Integration API's task list (API.md §4.6): a tenant's TASK activities, filtered in
 * Reten's terms — the integration vocabulary is translated by the caller. Operators are named by
 * their external id, read from the operator read model for the page's tasks only.
 */
@Component
class IntegrationTaskQueries {

  private static final Sort LATEST_SCHEDULED_FIRST =
      Sort.by(Sort.Order.desc("scheduledAt"), Sort.Order.desc("id"));

  private final ActivityRows activities;
  private final JdbcTemplate jdbc;

  IntegrationTaskQueries(ActivityRows activities, JdbcTemplate jdbc) {
    this.activities = activities;
    this.jdbc = jdbc;
  }

  @QueryHandler
  IntegrationTaskPage handle(ListIntegrationTasksQuery query) {
    var filters = filters(query);
    if ((long) (query.page() - 1) * query.limit() > Integer.MAX_VALUE) {
      return new IntegrationTaskPage(List.of(), activities.count(filters));
    }
    var page =
        activities.findAll(
            filters, PageRequest.of(query.page() - 1, query.limit(), LATEST_SCHEDULED_FIRST));
    var views = page.getContent().stream().map(ActivityRow::toView).toList();
    Map<UUID, String> operators =
        externalIds(
            query.tenantId(),
            views.stream().map(v -> v.details().operatorId()).filter(Objects::nonNull).toList());
    return new IntegrationTaskPage(
        views.stream()
            .map(v -> new IntegrationTaskView(v, operators.get(v.details().operatorId())))
            .toList(),
        page.getTotalElements());
  }

  private Specification<ActivityRow> filters(ListIntegrationTasksQuery query) {
    var f = query.filters();
    Specification<ActivityRow> spec = equal("tenantId", query.tenantId());
    spec = spec.and(equal("type", ActivityType.TASK)).and(equal("channel", f.channel()));
    spec = spec.and(equal("commerceExternalId", f.commerceExternalId()));
    if (f.statuses() != null) {
      spec = spec.and((row, q, cb) -> row.get("status").in(f.statuses()));
    }
    if (f.scheduledFrom() != null) {
      spec =
          spec.and(
              (row, q, cb) -> cb.greaterThanOrEqualTo(row.get("scheduledAt"), f.scheduledFrom()));
    }
    if (f.scheduledTo() != null) {
      spec =
          spec.and((row, q, cb) -> cb.lessThanOrEqualTo(row.get("scheduledAt"), f.scheduledTo()));
    }
    if (f.operatorExternalId() != null) {
      List<UUID> operators = operatorsWith(query.tenantId(), f.operatorExternalId());
      spec =
          spec.and(
              (row, q, cb) ->
                  operators.isEmpty() ? cb.disjunction() : row.get("operatorId").in(operators));
    }
    if (f.resultStatus() != null) {
      List<ResultStatus> statuses =
          Arrays.stream(ResultStatus.values())
              .filter(s -> s.integrationView() == f.resultStatus().integrationView())
              .toList();
      spec =
          spec.and(
              (row, q, cb) -> row.join("latestResult", JoinType.INNER).get("status").in(statuses));
    }
    return spec;
  }

  /** Operator ids of the tenant with {@code externalId} (one per operator type at most). */
  private List<UUID> operatorsWith(UUID tenantId, String externalId) {
    return jdbc.queryForList(
        "SELECT id FROM rm_operator WHERE tenant_id = ? AND external_id = ?",
        UUID.class,
        tenantId,
        externalId);
  }

  private Map<UUID, String> externalIds(UUID tenantId, List<UUID> operatorIds) {
    Map<UUID, String> found = new HashMap<>();
    if (operatorIds.isEmpty()) {
      return found;
    }
    jdbc.query(
        connection -> {
          var statement =
              connection.prepareStatement(
                  "SELECT id, external_id FROM rm_operator WHERE tenant_id = ? AND id = ANY (?)");
          statement.setObject(1, tenantId);
          statement.setArray(2, connection.createArrayOf("uuid", operatorIds.toArray()));
          return statement;
        },
        row -> {
          found.put(row.getObject(1, UUID.class), row.getString(2));
        });
    return found;
  }

  private static Specification<ActivityRow> equal(String attribute, Object value) {
    return (row, q, cb) -> value == null ? cb.conjunction() : cb.equal(row.get(attribute), value);
  }
}
