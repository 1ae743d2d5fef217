package com.reten.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TestTenant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The provider catalog and a tenant's dispatch configs over real HTTP. */
class DispatchConfigFlowTest extends IntegrationTest {

  static final String API_KEY = "yom-live-0c1d2e3f";

  private TestTenant tenant;
  private ApiClient admin;
  private String yom;
  private String mock;

  @BeforeEach
  void aTenant() {
    tenant = TestTenant.create(api, asRoot());
    admin = tenant.admin();
    yom = providerId(admin, "YOM");
    mock = providerId(admin, "MOCK");
  }

  @Test
  void theCatalogIsSeededWithMockAndYom() {
    ApiResponse list = admin.get("/api/dispatch-providers");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().findValuesAsText("code")).contains("MOCK", "YOM");
    JsonNode yomNode = provider(list.json(), "YOM");
    assertThat(yomNode.path("protocolType").asText()).isEqualTo("REST");
    assertThat(yomNode.path("isActive").asBoolean()).isTrue();
    assertThat(yomNode.path("channelDefinitions").findValuesAsText("channel"))
        .containsExactly("SALESMAN", "CALLCENTER");
    assertThat(provider(list.json(), "MOCK").path("channelDefinitions")).hasSize(6);

    ApiResponse definitions = admin.get("/api/dispatch-providers/" + yom + "/channel-definitions");
    assertThat(definitions.status()).isEqualTo(200);
    JsonNode salesman = definitions.json().get(0);
    assertThat(salesman.path("dispatchProviderId").asText()).isEqualTo(yom);
    assertThat(salesman.path("credentialSchema").get(0).path("key").asText()).isEqualTo("apiKey");
    assertThat(salesman.path("credentialSchema").get(0).path("type").asText())
        .isEqualTo("password");
    assertThat(salesman.path("credentialSchema").get(0).path("required").asBoolean()).isTrue();
    assertThat(salesman.path("settingsSchema").findValuesAsText("key"))
        .containsExactly("signingSecret", "hookUrl");
    admin
        .get("/api/dispatch-providers/" + UUID.randomUUID() + "/channel-definitions")
        .assertError(404, "Not Found");
    assertThat(tenant.member("vera", "VIEWER").get("/api/dispatch-providers").status())
        .isEqualTo(200);
  }

  @Test
  void onlyASuperAdminAddsAndChangesProviders() {
    var body = smsProvider("ACME_SMS", "Acme SMS", "password");
    admin.post("/api/dispatch-providers", body).assertError(403, "Forbidden");

    ApiClient root = asRoot();
    ApiResponse created = root.post("/api/dispatch-providers", body);
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    String id = created.json().path("id").asText();
    assertThat(created.header("Location")).isEqualTo("/api/dispatch-providers/" + id);
    assertThat(created.json().path("protocolType").asText()).isEqualTo("REST");
    JsonNode token =
        created.json().path("channelDefinitions").get(0).path("credentialSchema").get(0);
    assertThat(token.path("label").asText()).isEqualTo("token");
    assertThat(token.path("type").asText()).as("Reten's docs' name").isEqualTo("password");
    root.post("/api/dispatch-providers", body).assertError(409, "Conflict");
    root.post(
            "/api/dispatch-providers",
            Map.of(
                "code",
                "bad code",
                "name",
                "x",
                "channel_definitions",
                List.of(Map.of("channel", "SMS"))))
        .assertError(400, "Bad Request");
    root.post("/api/dispatch-providers", Map.of("code", "NOCHAN", "name", "x"))
        .assertError(400, "Bad Request");
    ApiResponse badType =
        root.post("/api/dispatch-providers", smsProvider("BADTYPE", "x", "secretive"));
    badType.assertError(400, "Bad Request");
    assertThat(badType.json().path("message").asText()).contains("type");

    admin.patch("/api/dispatch-providers/" + id, Map.of("name", "x")).assertError(403, "Forbidden");
    ApiResponse patched =
        root.withHeader("If-Match", "\"0\"")
            .patch(
                "/api/dispatch-providers/" + id,
                Map.of(
                    "name",
                    "Acme SMS Chile",
                    "channel_definitions",
                    List.of(Map.of("channel", "EMAIL"))));
    assertThat(patched.status()).as("%s", patched).isEqualTo(200);
    assertThat(patched.json().path("name").asText()).isEqualTo("Acme SMS Chile");
    assertThat(patched.json().path("channelDefinitions").findValuesAsText("channel"))
        .containsExactly("EMAIL", "SMS");
    assertThat(patched.header("ETag")).isEqualTo("\"1\"");
    root.withHeader("If-Match", "\"0\"")
        .patch("/api/dispatch-providers/" + id, Map.of("is_active", false))
        .assertError(409, "Conflict");
    root.patch("/api/dispatch-providers/" + UUID.randomUUID(), Map.of("name", "x"))
        .assertError(404, "Not Found");
  }

  @Test
  void aConfigIsCreatedReadListedChangedAndDeletedWithoutEverShowingSecrets() {
    ApiResponse created =
        admin.post("/api/dispatch-configs", yomConfig("https://yom.example/api/"));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    String id = created.json().path("id").asText();
    JsonNode json = created.json();
    assertThat(created.header("Location")).isEqualTo("/api/dispatch-configs/" + id);
    assertThat(created.header("ETag")).isEqualTo("\"0\"");
    assertThat(json.path("dispatchProviderId").asText()).isEqualTo(yom);
    assertThat(json.path("channel").asText()).isEqualTo("SALESMAN");
    assertThat(json.path("baseUrl").asText()).isEqualTo("https://yom.example/api");
    assertThat(json.path("isActive").asBoolean()).isTrue();
    assertThat(json.path("dispatchProvider").path("code").asText()).isEqualTo("YOM");
    assertThat(json.path("dispatchProvider").path("name").asText()).isEqualTo("YOM");
    assertThat(json.path("settings").path("hookUrl").asText())
        .isEqualTo("https://acme.example/hook");
    assertThat(json.has("credentials")).isFalse();
    assertThat(json.path("settings").has("signingSecret")).isFalse();
    assertThat(json.path("credentialKeys").get(0).asText()).isEqualTo("apiKey");
    assertThat(json.path("secretSettingKeys").get(0).asText()).isEqualTo("signingSecret");
    assertThat(json.toString()).doesNotContain(API_KEY, "whsec-");

    assertThat(admin.get("/api/dispatch-configs/" + id).json()).isEqualTo(json);
    assertThat(admin.get("/api/dispatch-configs").json()).hasSize(1);
    assertThat(admin.get("/api/dispatch-configs").json().toString()).doesNotContain(API_KEY);

    ApiResponse patched =
        admin
            .withHeader("If-Match", "\"0\"")
            .patch(
                "/api/dispatch-configs/" + id,
                Map.of("base_url", "https://yom2.example", "credentials", Map.of("apiKey", "k2")));
    assertThat(patched.status()).as("%s", patched).isEqualTo(200);
    assertThat(patched.json().path("baseUrl").asText()).isEqualTo("https://yom2.example");
    assertThat(patched.header("ETag")).isEqualTo("\"1\"");
    admin
        .withHeader("If-Match", "\"0\"")
        .patch("/api/dispatch-configs/" + id, Map.of("is_active", false))
        .assertError(409, "Conflict");

    assertThat(admin.send("DELETE", "/api/dispatch-configs/" + id, null).status()).isEqualTo(204);
    admin.get("/api/dispatch-configs/" + id).assertError(404, "Not Found");
    assertThat(admin.get("/api/dispatch-configs").json()).isEmpty();
    admin.send("DELETE", "/api/dispatch-configs/" + id, null).assertError(404, "Not Found");
  }

  @Test
  void oneActiveConfigPerChannel() {
    String first = created(admin.post("/api/dispatch-configs", yomConfig("https://a.example")));
    admin
        .post("/api/dispatch-configs", yomConfig("https://b.example"))
        .assertError(409, "Conflict");
    // Another channel is free, and MOCK needs no base URL or credentials.
    assertThat(
            admin
                .post(
                    "/api/dispatch-configs",
                    Map.of("dispatch_provider_id", mock, "channel", "CALLCENTER"))
                .status())
        .isEqualTo(201);

    assertThat(
            admin
                .patch("/api/dispatch-configs/" + first, Map.of("is_active", false))
                .json()
                .path("isActive")
                .asBoolean())
        .isFalse();
    String second = created(admin.post("/api/dispatch-configs", yomConfig("https://b.example")));
    admin
        .patch("/api/dispatch-configs/" + first, Map.of("is_active", true))
        .assertError(409, "Conflict");
    assertThat(admin.send("DELETE", "/api/dispatch-configs/" + second, null).status())
        .isEqualTo(204);
    assertThat(
            admin
                .patch("/api/dispatch-configs/" + first, Map.of("is_active", true))
                .json()
                .path("isActive")
                .asBoolean())
        .isTrue();
  }

  @Test
  void badConfigsAreRefusedWithoutChangingAnything() {
    var missingKey = yomConfig("https://yom.example");
    missingKey.put("credentials", Map.of());
    var unknownKey = yomConfig("https://yom.example");
    unknownKey.put("credentials", Map.of("apiKey", "k", "password", "p"));
    var notAString = yomConfig("https://yom.example");
    notAString.put("credentials", Map.of("apiKey", 12));
    var badUrl = yomConfig("ftp://yom.example");
    var noUrl = yomConfig(null);
    var withUser = yomConfig("https://me:pw@yom.example");
    var unservedChannel = yomConfig("https://yom.example");
    unservedChannel.put("channel", "EMAIL");
    var badHook = yomConfig("https://yom.example");
    badHook.put("settings", Map.of("hookUrl", "nope"));
    var badChannel = yomConfig("https://yom.example");
    badChannel.put("channel", "FAX");
    for (var body :
        List.of(
            missingKey,
            unknownKey,
            notAString,
            badUrl,
            noUrl,
            withUser,
            unservedChannel,
            badHook,
            badChannel)) {
      ApiResponse response = admin.post("/api/dispatch-configs", body);
      response.assertError(400, "Bad Request");
      assertThat(response.json().toString()).doesNotContain(API_KEY);
    }
    var unknownProvider = yomConfig("https://yom.example");
    unknownProvider.put("dispatch_provider_id", UUID.randomUUID().toString());
    admin.post("/api/dispatch-configs", unknownProvider).assertError(404, "Not Found");
    assertThat(admin.get("/api/dispatch-configs").json()).isEmpty();
  }

  @Test
  void configsAreTheTenantsOwnAndNeedTheirPermissions() {
    String id = created(admin.post("/api/dispatch-configs", yomConfig("https://yom.example")));
    ApiClient stranger = TestTenant.create(api, asRoot()).admin();
    stranger.get("/api/dispatch-configs/" + id).assertError(404, "Not Found");
    stranger
        .patch("/api/dispatch-configs/" + id, Map.of("is_active", false))
        .assertError(404, "Not Found");
    stranger.send("DELETE", "/api/dispatch-configs/" + id, null).assertError(404, "Not Found");
    assertThat(stranger.get("/api/dispatch-configs").json()).isEmpty();

    ApiClient viewer = tenant.member("val", "VIEWER");
    assertThat(viewer.get("/api/dispatch-configs/" + id).status()).isEqualTo(200);
    viewer
        .post("/api/dispatch-configs", yomConfig("https://x.example"))
        .assertError(403, "Forbidden");
    ApiClient fde = tenant.member("fred", "FDE");
    fde.patch("/api/dispatch-configs/" + id, Map.of("is_active", false))
        .assertError(403, "Forbidden");
    fde.send("DELETE", "/api/dispatch-configs/" + id, null).assertError(403, "Forbidden");
  }

  private Map<String, Object> yomConfig(String baseUrl) {
    Map<String, Object> body = new HashMap<>();
    body.put("dispatch_provider_id", yom);
    body.put("channel", "SALESMAN");
    body.put("base_url", baseUrl);
    body.put("credentials", Map.of("apiKey", API_KEY));
    body.put(
        "settings",
        Map.of("signing_secret", "whsec-0123456789", "hookUrl", "https://acme.example/hook"));
    return body;
  }

  static String providerId(ApiClient client, String code) {
    return provider(client.get("/api/dispatch-providers").json(), code).path("id").asText();
  }

  private static JsonNode provider(JsonNode list, String code) {
    for (JsonNode node : list) {
      if (code.equals(node.path("code").asText())) {
        return node;
      }
    }
    throw new AssertionError("No provider " + code + " in " + list);
  }

  private static String created(ApiResponse response) {
    assertThat(response.status()).as("create: %s", response).isEqualTo(201);
    return response.json().path("id").asText();
  }

  /** A provider with one SMS channel whose credential {@code token} has the given type. */
  private static Map<String, Object> smsProvider(String code, String name, String tokenType) {
    return Map.of(
        "code",
        code,
        "name",
        name,
        "channel_definitions",
        List.of(
            Map.of(
                "channel",
                "SMS",
                "credential_schema",
                List.of(Map.of("key", "token", "type", tokenType, "required", true)))));
  }
}
