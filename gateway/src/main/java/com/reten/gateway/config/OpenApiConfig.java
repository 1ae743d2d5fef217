package com.reten.gateway.config;

import com.reten.gateway.security.Caller;
import com.reten.gateway.web.PageParams;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's header: how to authenticate, and the decisions the contract left open.
 */
@Configuration
class OpenApiConfig {

  static {
    // Resolved by Reten's own argument resolvers, not from the request as springdoc would guess:
    // the caller from the credentials, the page from page/limit (documented by OperationDocs).
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class, PageParams.class);
  }

  private static final String DESCRIPTION =
      """
      Reten's REST API for field activities. Every change is an event in an event store; queries \
      read projections of those events.

      **Authentication.** `Authorization: Bearer <accessToken>` from `POST /api/auth/login`, plus \
      `x-tenant-id` on tenant routes; or, for integrations, `x-api-key: rtn_sk_…` (the key's \
      tenant is used; an `x-tenant-id` naming another tenant is 403). `/api/integration/**` takes \
      API keys only.

      **Conventions.** Responses are camelCase; request bodies and query parameters accept \
      snake_case (the form this document shows) and camelCase. Enum values are answered in \
      UPPER_SNAKE and accepted in any letter case (the one exception follows Reten's docs: a \
      channel definition's schema field `type` is text, password or url). A field a schema does not require may be \
      absent or null, and means the same either way. Every error has the body `{statusCode, message, error}` \
      (validation errors add `details[{field, message}]`). A JSON string or field name, or a \
      query parameter's name or value, holding U+0000 (NUL) or an unpaired UTF-16 surrogate is \
      refused with 400 whose message names the field or parameter (`items[2].name`). A resource \
      of another tenant is a 404. \
      A value of another JSON type than its field's is 400, never converted (`123` for a text, \
      `1` or `"true"` for a boolean, `1.5` for an integer, `""` for a date-time), and so are a \
      key given twice and anything after the JSON document. Date-times are ISO 8601 with a \
      zone, years 0001 to 9999. \
      Bodies over 1 MiB are 413, a body not received within 20 s of the request's headers \
      408, non-JSON bodies (a wildcard `Content-Type` too) 415, an \
      unreachable database 503 with `Retry-After` (on a write the outcome is then unknown: \
      retry it as it was; a create with the same `idempotency_key` answers 409 naming what was \
      stored), a spent rate \
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
      - API keys call tenant routes only (a platform or sign-in route is 403 for a key). A key \
      does what both it and its creator may do now: a permission the creator loses, the key \
      loses; a creator removed from the tenant makes the key 401. Malformed, unknown, revoked and \
      expired keys get the same 401. `lastUsedAt` is recorded at most once a minute. \
      `GET /api/api-keys/{id}` returns one of the caller's keys (404 for any other).
      - Activity config: an `attribute_key_id` outside the catalog is 404. Policies refuse (400) \
      the CALLER_PROVIDED strategy without the CALLER_PROVIDED resolver and the reverse, and \
      INTERNAL_SERVICE for `promotions`. Target-resolution `priority` is any integer (lower \
      wins); a ROLE_MATCH criterion needs `config.role`, a commerce role (400 otherwise). \
      `DELETE /api/activity-config/target-resolution/{id}` deletes (404 afterwards); \
      `is_active: false` deactivates. Each config has its own ETag version.
      - **Event streams** (`GET /api/events`, VIEW_AUDIT_LOG). The stream is an index of the \
      event store written by one single-threaded tracking processor, in global order and waiting \
      out the store's gaps as Axon's tracking tokens do; the cursor is the index's own position, \
      committed in order by that one writer. So an event that committed late with a lower global \
      index (a slow transaction) is still delivered after cursors already handed out, never \
      skipped. The stream trails the event store by the processor's lag (milliseconds; writes \
      answer only once it has them). Payloads are the event's current revision with every field \
      whose name marks a secret (password, hash, token, secret, credential, ciphertext) reading \
      `"[REDACTED]"`. Events of no tenant (users as people, sign-in sessions) are a separate \
      platform stream, `GET /api/admin/events`, for SUPER_ADMIN only.
      - **Projections** (`/api/admin/projections`, SUPER_ADMIN). The list shows every event \
      processor of the answering instance with its position in the global event order and its lag \
      behind the event store's head. A replay rebuilds one read model blue/green: the projection's \
      own handlers run from the first event into a shadow copy while the current one keeps serving \
      (and keeps taking new events); once the copy has caught up, the rows and the processor's \
      token are switched in one transaction, so every query answers from the old read model until \
      that commit and from the rebuilt one after it. Replays are not events (they change no \
      business state); each is logged with its outcome and shown as the projection's `replay`. \
      An event a processor cannot apply is parked with the later events of its aggregate while \
      every other aggregate and tenant flows on (`/api/admin/projections/{name}/dead-letters`: \
      list, retry once the cause is fixed, evict); `GET /api/health` then answers DEGRADED \
      (still 200) until the letters are handled.

      **Target users and attributes of activities.**
      - `target_criteria` in a create request replace the tenant's target-resolution config for \
      that activity: ON_CREATION with both fallbacks (COMMERCE_REP, then OWNER). Every active \
      commerce user a criterion or fallback picks becomes a target user; resolved target users are \
      RESOLVED with the `lockReason` that picked them, hand-assigned ones LOCKED \
      (MANUAL_ASSIGNMENT). Target-user ids derive from the activity and the position.
      - An activity is UNRESOLVED while a target user is FAILED, a MANUAL one is PENDING, or an \
      attribute Reten was to resolve (strategy UPFRONT, or ON_DISPATCH once dispatch started) is \
      FAILED. The status event says which and why: `errorCode` TARGET_RESOLUTION_FAILED, \
      MANUAL_RESOLUTION_PENDING or ATTRIBUTE_RESOLUTION_FAILED (in that precedence), \
      `errorMessage` listing each one. A created-UNRESOLVED activity's status events are CREATED \
      and RESOLUTION_FAILED, both from null to UNRESOLVED.
      - A caller's attribute value always wins (resolverType CALLER_PROVIDED); a `null` or absent \
      `value` leaves the key to the tenant's policy, and `fallback` is used only when that fails \
      (FALLBACK, with the resolver's errorMessage). A CALLER_PROVIDED \
      key without a value takes its fallback or is FAILED, without blocking the activity. \
      CLIENT_HOOK resolvers fail with "no hook URL configured" (or take the fallback) until hook \
      settings exist. LAST_CONTACTED_* criteria and `last_result` find nothing until results are \
      recorded, so the fallbacks apply.
      - `PATCH …/target-users/{id}/resolve`: a commerce user that is not a user of the \
      activity's commerce is 404, an inactive one 400.
      - Results (§4.5): `activity_id` (Reten's id) wins over `provider_activity_id`; an \
      unknown `activity_id` is 404, a provider id no dispatched activity has makes a STANDALONE \
      result. The nested `task_result` wins over the flat fields. Result-type codes compare \
      exactly (Reten's core docs show lowercase example codes, `success` and `not_home`: no \
      default catalog has them, so a tenant that sends them defines them first, as any code); every code requiring a future date (seeded: RESCHEDULE) creates the follow-up, \
      asynchronously and at most once, in the submitter's name. An activity's `result` and the \
      order of result lists follow recording time. `occurred_at` may be at most 5 minutes \
      ahead; `raw_payload` and `payload` are JSON objects. On the integration route, any result \
      for an activity with a final result is 409 unless `hard_override`.
      - Task Integration API (§4.6): task status FAILED is ours (a failed task is none of the \
      docs' four, and folding it into one would hide it); `lifecycleStatus` is Reten's status \
      (the docs' example SCHEDULED is READY here: the core vocabulary, one name per state), with \
      `lifecycleStatusLabel` and `lifecycleStatusDetail` fixed Spanish words per status \
      (READY: "Programada"); `occurredAt` the latest result's, `canForceRetryDispatch` true \
      while READY.
      - Dispatch: credentials and settings of type password (`signingSecret`) are write-only, \
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
        .info(
            new Info()
                .title("Reten API")
                .version("0.1.0")
                .description(DESCRIPTION)
                .contact(new Contact().name("Reten backend team"))
                .license(new License().name("Proprietary")))
        // Relative so each deployment's document names itself. Security schemes and each
        // operation's requirements: security.AccessDocs.
        .servers(List.of(new Server().url("/").description("The server serving this document")));
  }
}
