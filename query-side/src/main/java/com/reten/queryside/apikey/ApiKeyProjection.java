package com.reten.queryside.apikey;

import com.reten.api.apikey.ApiKeyCreatedEvent;
import com.reten.api.apikey.ApiKeyRevokedEvent;
import com.reten.api.apikey.ApiKeyUsedEvent;
import com.reten.api.apikey.ApiKeyView;
import com.reten.api.apikey.FindApiKeyByHashQuery;
import com.reten.api.apikey.FindApiKeyQuery;
import com.reten.api.apikey.ListApiKeysQuery;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * API keys for authentication and listing. Its processing group is subscribing (see
 * application.yml): the row changes in the transaction that stores the event, so a revoked key is
 * refused by every node on the very next request, with no cache to invalidate.
 */
@Component
@ProcessingGroup("api-keys")
class ApiKeyProjection {

  private final ApiKeyRows rows;

  ApiKeyProjection(ApiKeyRows rows) {
    this.rows = rows;
  }

  @EventHandler
  void on(ApiKeyCreatedEvent event) {
    rows.save(
        new ApiKeyRow(
            event.apiKeyId(),
            event.tenantId(),
            event.userId(),
            event.name(),
            event.keyPrefix(),
            event.keyHash(),
            event.permissions(),
            event.expiresAt(),
            event.createdAt()));
  }

  @EventHandler
  void on(ApiKeyRevokedEvent event) {
    rows.findById(event.apiKeyId()).ifPresent(row -> row.revoke(event.revokedAt()));
  }

  @EventHandler
  void on(ApiKeyUsedEvent event) {
    rows.findById(event.apiKeyId()).ifPresent(row -> row.use(event.usedAt()));
  }

  @QueryHandler
  List<ApiKeyView> handle(ListApiKeysQuery query) {
    return rows
        .findByTenantIdAndUserIdOrderByCreatedAtDescIdDesc(query.tenantId(), query.userId())
        .stream()
        .map(ApiKeyRow::toView)
        .toList();
  }

  @QueryHandler
  Optional<ApiKeyView> handle(FindApiKeyQuery query) {
    return rows.findByIdAndTenantId(query.apiKeyId(), query.tenantId()).map(ApiKeyRow::toView);
  }

  @QueryHandler
  Optional<ApiKeyView> handle(FindApiKeyByHashQuery query) {
    return rows.findByKeyHash(query.keyHash()).map(ApiKeyRow::toView);
  }
}
