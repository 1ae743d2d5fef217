package com.reten.gateway.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's header: how to authenticate, and the decisions the contract left open.
 */
@Configuration
class OpenApiConfig {

  private static final String DESCRIPTION =
      """
      Reten's REST API for field activities. Every change is an event in an event store; queries \
      read projections of those events.

      **Authentication.** `Authorization: Bearer <accessToken>` from `POST /api/auth/login`, plus \
      `x-tenant-id` on tenant routes; or, for integrations, `x-api-key: rtn_sk_…` (the key's       tenant is used; an `x-tenant-id` naming another tenant is 403). `/api/integration/**` takes       API keys only.

      **Conventions.** Responses are camelCase; request bodies and query parameters accept \
      snake_case and camelCase. Every error has the body `{statusCode, message, error}` \
      (validation errors add `details[{field, message}]`). A resource of another tenant is a 404. \
      Bodies over 1 MiB are 413, non-JSON bodies 415, an unreachable database 503, a spent rate \
      limit (per user or API key; failed sign-ins per identifier and address) 429 with \
      `Retry-After`. Every \
      response echoes `x-request-id` (generated when absent); it becomes the `correlationId` of \
      every event the request causes.

      **Decisions where the contract is silent.**
      - A tenant route called without `x-tenant-id` is 400; with a tenant the caller does not \
      belong to, 403 (SUPER_ADMIN belongs everywhere).
      - Writes answer after this node's read models include the change, so an immediate GET \
      sees it.
      - `GET /api/auth/me` without `x-tenant-id` lists the roles held across all the caller's \
      tenants; with it, the roles in that tenant. SUPER_ADMIN is always listed for platform \
      admins.
      - `GET /api/tenant/mine` lists tenants the caller is a member of, for SUPER_ADMIN too.
      - Every tenant response has `{id, name, slug, createdAt, updatedAt}`; \
      `GET /api/tenant/{id}` exists so the `Location` of a setup resolves.
      - `POST /api/auth/login` accepts `email` as an alias of `identifier`.
      - API keys call tenant routes only (a platform or sign-in route is 403 for a key). A key       does what both it and its creator may do now: a permission the creator loses, the key       loses; a creator removed from the tenant makes the key 401. Malformed, unknown, revoked and       expired keys get the same 401. `lastUsedAt` is recorded at most once a minute.       `GET /api/api-keys/{id}` returns one of the caller's keys (404 for any other).
      - Dispatch: credentials and settings of type SECRET (`signingSecret`) are write-only, \
      encrypted with AES-256-GCM and never returned or logged; configs list their names in \
      `credentialKeys` / `secretSettingKeys`. A due READY activity is sent within a second, at \
      most one attempt in flight across all nodes; 3 attempts (2 s, 10 s apart), then FAILED. \
      Status events carry `errorCode` NO_ACTIVE_DISPATCH_CONFIG, DISPATCH_PROVIDER_INACTIVE, \
      PROVIDER_HTTP_ERROR, PROVIDER_TIMEOUT, PROVIDER_UNREACHABLE or CREDENTIALS_UNREADABLE. \
      Provider requests carry `Idempotency-Key: <activityId>` (a retry after an unrecorded \
      success repeats it) and, with a signing secret, \
      `X-Reten-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "t.body">`. Manual dispatch shares \
      the automatic attempt's lease and answers with that attempt's outcome. Adding and \
      changing catalog providers is SUPER_ADMIN only (`MANAGE_DISPATCH_PROVIDERS`).
      """;

  @Bean
  OpenAPI retenOpenApi() {
    return new OpenAPI()
        .info(new Info().title("Reten API").version("0.1.0").description(DESCRIPTION))
        .components(
            new Components()
                .addSecuritySchemes(
                    "bearer",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT"))
                .addSecuritySchemes(
                    "apiKey",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name("x-api-key")))
        .addSecurityItem(new SecurityRequirement().addList("bearer"))
        .addSecurityItem(new SecurityRequirement().addList("apiKey"));
  }
}
