package com.reten.gateway.web;

import java.util.stream.Stream;

/**
 * The requests {@link TextGuardFlowTest} poisons: one or more writes of each feature, each valid
 * once the mark is gone, with the field holding the mark as the client wrote it.
 */
final class TextGuardCases {

  /** In a body template, where the refused character goes. */
  static final String MARK = "@@";

  private TextGuardCases() {}

  enum Refused {
    NUL("\\u0000", "\\u0000", "%00", "U+0000 (NUL)"),
    HIGH_SURROGATE("\\ud800", "\\uD800", "%ED%A0%80", "an unpaired surrogate (U+D800)"),
    LOW_SURROGATE("\\udfff", "\\uDFFF", "%ED%BF%BF", "an unpaired surrogate (U+DFFF)");

    final String jsonEscape;
    final String shownInNames;
    final String percentEncoded;
    final String described;

    Refused(String jsonEscape, String shownInNames, String percentEncoded, String described) {
      this.jsonEscape = jsonEscape;
      this.shownInNames = shownInNames;
      this.percentEncoded = percentEncoded;
      this.described = described;
    }
  }

  enum As {
    ROOT,
    TENANT_ROOT,
    ADMIN,
    API_KEY,
    ANONYMOUS
  }

  /**
   * A write whose body is valid once {@link #MARK} is gone; {@code field} is where the mark sits,
   * as the client wrote it. Placeholders in braces are the world's ids.
   */
  record Write(String route, As as, String method, String path, String body, String field) {
    @Override
    public String toString() {
      return route + " " + field;
    }
  }

  static Stream<Write> writes() {
    return Stream.of(
        new Write(
            "activities",
            As.ADMIN,
            "POST",
            "/api/activities",
            """
            {"type":"MESSAGE","reason":"Low@@stock","channel":"EMAIL","commerce_id":"{commerce}",
             "idempotency_key":"{uuid}","scheduled_at":"2030-01-01T10:00:00Z"}
            """,
            "reason"),
        new Write(
            "activities",
            As.ADMIN,
            "POST",
            "/api/activities/messages",
            """
            {"reason":"a@@b","channel":"EMAIL","commerce_id":"{commerce}",
             "idempotency_key":"{uuid}","scheduled_at":"2030-01-01T10:00:00Z"}
            """,
            "reason"),
        new Write(
            "activities",
            As.ADMIN,
            "POST",
            "/api/activities/messages",
            """
            {"reason":"Low stock","channel":"EMAIL","commerce_id":"{commerce}",
             "idempotency_key":"{uuid}","scheduled_at":"2030-01-01T10:00:00Z",
             "attributes":[{"key":"commerce_info","value":{"note":"x@@"}}]}
            """,
            "attributes[0].value.note"),
        new Write(
            "activities",
            As.ADMIN,
            "POST",
            "/api/activities/tasks",
            """
            {"reason":"Visit","channel":"SALESMAN","commerce_id":"{commerce}",
             "idempotency_key":"{uuid}","scheduled_at":"2030-01-01T10:00:00Z",
             "assigned_route_id":"{route}","assigned_operator_id":"{operator}",
             "target_criteria":[{"type":"ROLE_MATCH","config":{"role":"COMMERCE_REP@@"}}]}
            """,
            "target_criteria[0].config.role"),
        new Write(
            "commerces",
            As.ADMIN,
            "POST",
            "/api/commerces",
            """
            {"name":"Store@@","external_id":"{uuid}"}
            """,
            "name"),
        new Write(
            "commerces",
            As.ADMIN,
            "POST",
            "/api/commerces",
            """
            {"name":"Store","external_id":"{uuid}","metadata":{"zone":"north@@"}}
            """,
            "metadata.zone"),
        new Write(
            "commerces",
            As.ADMIN,
            "POST",
            "/api/commerces",
            """
            {"name":"Store","external_id":"{uuid}","metadata":{"zo@@ne":"north"}}
            """,
            "metadata.zo@@ne"),
        new Write(
            "commerces",
            As.ADMIN,
            "PATCH",
            "/api/commerces/{commerce}",
            """
            {"tax_id":"76.123@@"}
            """,
            "tax_id"),
        new Write(
            "commerces",
            As.ADMIN,
            "POST",
            "/api/commerces/sync",
            """
            {"items":[{"external_id":"{uuid}","name":"A"},{"external_id":"{uuid}","name":"B@@"}]}
            """,
            "items[1].name"),
        new Write(
            "commerce users",
            As.ADMIN,
            "POST",
            "/api/commerces/{commerce}/users",
            """
            {"name":"Rep@@","roles":["COMMERCE_REP"]}
            """,
            "name"),
        new Write(
            "commerce addresses",
            As.ADMIN,
            "POST",
            "/api/commerces/{commerce}/addresses",
            """
            {"source":"RETEN","street":"Main@@ St","city":"Santiago"}
            """,
            "street"),
        new Write(
            "operators",
            As.ADMIN,
            "POST",
            "/api/operators",
            """
            {"type":"SALESMAN","name":"Ana@@","external_id":"{uuid}"}
            """,
            "name"),
        new Write(
            "operators",
            As.ADMIN,
            "POST",
            "/api/operators/sync",
            """
            {"items":[{"external_id":"{uuid}","type":"SALESMAN","metadata":{"zone":"@@"}}]}
            """,
            "items[0].metadata.zone"),
        new Write(
            "routes",
            As.ADMIN,
            "POST",
            "/api/routes",
            """
            {"name":"South","description":"d@@"}
            """,
            "description"),
        new Write(
            "routes",
            As.ADMIN,
            "PATCH",
            "/api/routes/{route}",
            """
            {"metadata":{"days":["mon","tue@@"]}}
            """,
            "metadata.days[1]"),
        new Write(
            "tenants",
            As.ROOT,
            "POST",
            "/api/tenant/setup",
            """
            {"name":"Acme","slug":"s-{short}","admin_email":"a-{short}@acme.test",
             "admin_password":"admin-password-1","admin_first_name":"Ana@@",
             "admin_last_name":"Diaz"}
            """,
            "admin_first_name"),
        new Write(
            "tenants",
            As.ROOT,
            "PATCH",
            "/api/tenant/{tenant}",
            """
            {"name":"Renamed@@"}
            """,
            "name"),
        new Write(
            "users",
            As.TENANT_ROOT,
            "POST",
            "/api/user",
            """
            {"email":"u-{short}@acme.test","password":"member-password-1","firstName":"Mia@@",
             "last_name":"Lopez","roles":["VIEWER"]}
            """,
            "firstName"),
        new Write(
            "auth",
            As.ANONYMOUS,
            "POST",
            "/api/auth/login",
            """
            {"identifier":"root@reten.test","password":"x@@"}
            """,
            "password"),
        new Write(
            "api keys",
            As.ADMIN,
            "POST",
            "/api/api-keys",
            """
            {"name":"integration@@","permissions":["VIEW_ACTIVITIES"]}
            """,
            "name"),
        new Write(
            "dispatch providers",
            As.ROOT,
            "POST",
            "/api/dispatch-providers",
            """
            {"code":"P{short}","name":"Provider","channel_definitions":[{"channel":"SMS",
             "credential_schema":[{"key":"token","label":"to@@ken","type":"SECRET"}]}]}
            """,
            "channel_definitions[0].credential_schema[0].label"),
        new Write(
            "dispatch configs",
            As.ADMIN,
            "POST",
            "/api/dispatch-configs",
            """
            {"dispatch_provider_id":"{provider}","channel":"SALESMAN",
             "base_url":"https://provider.test","credentials":{"apiKey":"secret@@"}}
            """,
            "credentials.apiKey"),
        new Write(
            "results",
            As.ADMIN,
            "POST",
            "/api/activity-results/tasks",
            """
            {"provider_activity_id":"{uuid}","commerce_external_id":"C-1",
             "occurred_at":"2026-11-20T15:30:00Z","status":"COMPLETED",
             "raw_payload":{"notes":[{"text":"ok"},{"text":"bad@@"}]}}
            """,
            "raw_payload.notes[1].text"),
        new Write(
            "results",
            As.API_KEY,
            "POST",
            "/api/integration/activity-results/tasks",
            """
            {"provider_activity_id":"{uuid}","commerce_external_id":"C-1",
             "occurred_at":"2026-11-20T15:30:00Z","status":"COMPLETED",
             "task_result":{"result":"SALE_COMPLETED","comment":"c@@"}}
            """,
            "task_result.comment"),
        new Write(
            "task result types",
            As.ADMIN,
            "POST",
            "/api/activity-config/task-result-types",
            """
            {"code":"T_{short}","label":"Label@@"}
            """,
            "label"),
        new Write(
            "activity config",
            As.ADMIN,
            "POST",
            "/api/activity-config/target-resolution",
            """
            {"resolution_strategy":"ON_CREATION",
             "criteria":[{"type":"ROLE_MATCH","config":{"role":"OWNER@@"}}]}
            """,
            "criteria[0].config.role"),
        new Write(
            "activity config",
            As.ADMIN,
            "POST",
            "/api/activity-config/attribute-policies",
            """
            {"attribute_key_id":"{uuid}","strategy":"UPFRONT","resolver_type":"INTERNAL@@"}
            """,
            "resolver_type"));
  }
}
