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
      `x-tenant-id` on tenant routes.

      **Conventions.** Responses are camelCase; request bodies and query parameters accept \
      snake_case and camelCase. Every error has the body `{statusCode, message, error}` \
      (validation errors add `details[{field, message}]`). A resource of another tenant is a 404. \
      Bodies over 1 MiB are 413, non-JSON bodies 415, an unreachable database 503. Every \
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
                        .bearerFormat("JWT")))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }
}
