package com.reten.gateway.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** People of a commerce, their roles and contacts, over real HTTP. */
class CommerceUserFlowTest extends IntegrationTest {

  private CommerceTenant acme;
  private String commerce;
  private String users;

  @BeforeEach
  void commerce() {
    acme = CommerceTenant.create(api, asRoot(), "people");
    commerce = acme.commerceId("ext-1");
    users = "/api/commerces/" + commerce + "/users";
  }

  @Test
  void aUserIsAddedWithTheNameSplitOnTheFirstSpace() {
    ApiResponse created =
        acme.admin.post(
            users,
            Map.of("name", "Ana María Díaz", "external_id", "u-1", "roles", List.of("owner")));

    assertThat(created.status()).isEqualTo(201);
    JsonNode user = created.json();
    assertThat(created.header("Location")).isEqualTo(users + "/" + user.path("id").asText());
    assertThat(user.path("name").asText()).isEqualTo("Ana María Díaz");
    assertThat(user.path("firstName").asText()).isEqualTo("Ana");
    assertThat(user.path("lastName").asText()).isEqualTo("María Díaz");
    assertThat(user.path("externalId").asText()).isEqualTo("u-1");
    assertThat(user.path("isActive").asBoolean()).isTrue();
    assertThat(user.path("roles").toString()).isEqualTo("[{\"role\":\"OWNER\"}]");
    assertThat(user.path("contacts")).isEmpty();
    assertThat(user.path("source").asText()).isEqualTo("RETEN");
    JsonNode single = acme.admin.post(users, Map.of("name", "Cher")).json();
    assertThat(single.path("firstName").asText()).isEqualTo("Cher");
    assertThat(single.path("lastName").isNull()).isTrue();
    assertThat(acme.admin.get("/api/commerces/" + commerce).json().path("users")).hasSize(2);
  }

  @Test
  void everyFieldIsOptionalAsRetensDocsSay() {
    ApiResponse nameless = acme.admin.post(users, Map.of());

    assertThat(nameless.status()).as("%s", nameless).isEqualTo(201);
    assertThat(nameless.json().path("name").isNull()).isTrue();
    assertThat(nameless.json().path("roles")).isEmpty();
  }

  @Test
  void invalidUsersAndRolesAreA400AndADuplicateExternalIdA409() {
    acme.admin.post(users, Map.of("name", " ")).assertError(400, "Bad Request");
    acme.admin
        .post(users, Map.of("name", "Ana", "roles", List.of("BOSS")))
        .assertError(400, "Bad Request");
    acme.admin.post(users, Map.of("name", "Ana", "external_id", "u-1"));

    ApiResponse duplicate =
        acme.admin
            .post(users, Map.of("name", "Otra", "external_id", "u-1"))
            .assertError(409, "Conflict");

    assertThat(duplicate.json().path("message").asText())
        .isEqualTo("External id 'u-1' is already used by another user of this commerce");
    assertThat(acme.admin.get("/api/commerces/" + commerce).json().path("users")).hasSize(1);
  }

  @Test
  void aPatchRenamesAndDeactivates() {
    String id =
        acme.admin
            .post(users, Map.of("name", "Ana Díaz", "external_id", "u-1"))
            .json()
            .path("id")
            .asText();

    ApiResponse changed =
        acme.admin.patch(
            users + "/" + id, Map.of("name", "Ana Soto", "external_id", "u-2", "is_active", false));

    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().path("lastName").asText()).isEqualTo("Soto");
    assertThat(changed.json().path("externalId").asText()).isEqualTo("u-2");
    assertThat(changed.json().path("isActive").asBoolean()).isFalse();
    assertThat(changed.header("ETag")).isEqualTo("\"3\"");
    acme.admin.patch(users + "/" + id, Map.of("name", "")).assertError(400, "Bad Request");
  }

  @Test
  void rolesAreGivenAndTakenIdempotently() {
    String id = acme.admin.post(users, Map.of("name", "Ana")).json().path("id").asText();
    String roles = users + "/" + id + "/roles";

    ApiResponse given = acme.admin.post(roles, Map.of("role", "COMMERCE_REP"));
    assertThat(given.status()).isEqualTo(201);
    assertThat(given.header("Location")).isEqualTo(roles + "/COMMERCE_REP");
    assertThat(given.json().path("roles").toString()).isEqualTo("[{\"role\":\"COMMERCE_REP\"}]");
    assertThat(acme.admin.post(roles, Map.of("role", "COMMERCE_REP")).status()).isEqualTo(201);
    acme.admin.post(roles, Map.of("role", "FINANCE"));
    assertThat(acme.delete(roles + "/COMMERCE_REP").status()).isEqualTo(204);
    assertThat(acme.delete(roles + "/COMMERCE_REP").status()).isEqualTo(204);
    assertThat(acme.admin.get(users + "/" + id).json().path("roles").toString())
        .isEqualTo("[{\"role\":\"FINANCE\"}]");
    acme.admin.post(roles, Map.of("role", "CEO")).assertError(400, "Bad Request");
    acme.admin.post(roles, Map.of()).assertError(400, "Bad Request");
    acme.delete(roles + "/CEO").assertError(400, "Bad Request");
  }

  @Test
  void contactValuesMustSuitTheirType() {
    String contacts = contactsOf(user());

    ApiResponse email =
        acme.admin
            .post(contacts, contact("EMAIL", "not-an-email", false))
            .assertError(400, "Bad Request");
    assertThat(email.json().path("details").get(0).path("field").asText()).isEqualTo("value");
    assertThat(email.json().path("details").get(0).path("message").asText())
        .isEqualTo("must be a valid email address");
    ApiResponse phone =
        acme.admin
            .post(contacts, contact("WHATSAPP", "912345678", false))
            .assertError(400, "Bad Request");
    assertThat(phone.json().path("details").get(0).path("message").asText())
        .isEqualTo("must be E.164 like +56912345678");
    acme.admin.post(contacts, contact("FAX", "123", false)).assertError(400, "Bad Request");
    acme.admin.post(contacts, Map.of("value", "x")).assertError(400, "Bad Request");

    ApiResponse created = acme.admin.post(contacts, contact("EMAIL", " Ana@Rosa.CL ", false));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().path("value").asText()).isEqualTo("ana@rosa.cl");
    String id = created.json().path("id").asText();
    assertThat(created.header("Location")).isEqualTo(contacts + "/" + id);
    ApiResponse badPatch =
        acme.admin
            .patch(contacts + "/" + id, Map.of("value", "+56912345678"))
            .assertError(400, "Bad Request");
    assertThat(badPatch.json().path("message").asText())
        .isEqualTo("value: must be a valid email address");
    assertThat(acme.admin.get(contacts + "/" + id).json().path("value").asText())
        .isEqualTo("ana@rosa.cl");
  }

  @Test
  void oneContactOfEachTypeIsPrimary() {
    String contacts = contactsOf(user());
    String mail =
        acme.admin.post(contacts, contact("EMAIL", "a@rosa.cl", true)).json().path("id").asText();
    String phone =
        acme.admin
            .post(contacts, contact("PHONE", "+56912345678", true))
            .json()
            .path("id")
            .asText();
    String other =
        acme.admin.post(contacts, contact("EMAIL", "b@rosa.cl", true)).json().path("id").asText();

    assertThat(primaries(contacts)).containsExactly(false, true, true);

    ApiResponse back = acme.admin.patch(contacts + "/" + mail, Map.of("is_primary", true));
    assertThat(back.json().path("isPrimary").asBoolean()).isTrue();
    assertThat(primaries(contacts)).containsExactly(true, true, false);
    assertThat(acme.admin.get(contacts + "/" + other).json().path("isPrimary").asBoolean())
        .isFalse();
    JsonNode phoneContact = acme.admin.get(contacts + "/" + phone).json();
    assertThat(phoneContact.path("contactType").asText()).isEqualTo("PHONE");
    assertThat(phoneContact.path("type").asText())
        .as("the name Reten's public docs give it")
        .isEqualTo("PHONE");
  }

  @Test
  void aContactIsDeactivatedOnceAndReactivatedByPatch() {
    String contacts = contactsOf(user());
    String id =
        acme.admin
            .post(contacts, contact("PHONE", "+56912345678", true))
            .json()
            .path("id")
            .asText();

    assertThat(acme.delete(contacts + "/" + id).status()).isEqualTo(204);
    assertThat(acme.delete(contacts + "/" + id).status()).isEqualTo(204);
    JsonNode removed = acme.admin.get(contacts + "/" + id).json();
    assertThat(removed.path("isActive").asBoolean()).isFalse();
    assertThat(removed.path("isPrimary").asBoolean()).isFalse();
    acme.admin
        .patch(contacts + "/" + id, Map.of("is_primary", true))
        .assertError(400, "Bad Request");

    ApiResponse back =
        acme.admin.patch(contacts + "/" + id, Map.of("is_active", true, "value", "+56987654321"));
    assertThat(back.json().path("isActive").asBoolean()).isTrue();
    assertThat(back.json().path("value").asText()).isEqualTo("+56987654321");
  }

  @Test
  void aStaleIfMatchIsAConflictAndForeignIdsAreNotFound() {
    String user = user();
    String contacts = contactsOf(user);
    String id =
        acme.admin.post(contacts, contact("EMAIL", "a@rosa.cl", false)).json().path("id").asText();
    String etag = acme.admin.get(contacts + "/" + id).header("ETag");
    acme.admin.post(users + "/" + user + "/roles", Map.of("role", "OWNER"));

    acme.admin
        .withHeader("If-Match", etag)
        .patch(contacts + "/" + id, Map.of("is_primary", true))
        .assertError(409, "Conflict");
    acme.admin
        .withHeader("If-Match", etag)
        .patch(users + "/" + user, Map.of("name", "Late"))
        .assertError(409, "Conflict");

    var other = CommerceTenant.create(api, asRoot(), "people-other");
    other.admin.get(users + "/" + user).assertError(404, "Not Found");
    other.admin.post(users, Map.of("name", "Intruder")).assertError(404, "Not Found");
    other.admin.patch(users + "/" + user, Map.of("name", "x")).assertError(404, "Not Found");
    other
        .admin
        .post(users + "/" + user + "/roles", Map.of("role", "OWNER"))
        .assertError(404, "Not Found");
    other.delete(users + "/" + user + "/roles/OWNER").assertError(404, "Not Found");
    other.admin.post(contacts, contact("EMAIL", "x@y.cl", false)).assertError(404, "Not Found");
    other
        .admin
        .patch(contacts + "/" + id, Map.of("is_active", false))
        .assertError(404, "Not Found");
    other.delete(contacts + "/" + id).assertError(404, "Not Found");
    acme.admin
        .patch(users + "/" + UUID.randomUUID(), Map.of("name", "x"))
        .assertError(404, "Not Found");
    acme.delete(contacts + "/" + UUID.randomUUID()).assertError(404, "Not Found");
    acme.admin
        .post(contactsOf(UUID.randomUUID().toString()), contact("EMAIL", "x@y.cl", false))
        .assertError(404, "Not Found");
    assertThat(acme.admin.get(contacts + "/" + id).json().path("isActive").asBoolean()).isTrue();
  }

  private String user() {
    return acme.admin.post(users, Map.of("name", "Ana Díaz")).json().path("id").asText();
  }

  private String contactsOf(String user) {
    return users + "/" + user + "/contacts";
  }

  private List<Boolean> primaries(String contacts) {
    String userPath = contacts.substring(0, contacts.lastIndexOf('/'));
    List<Boolean> primaries = new java.util.ArrayList<>();
    acme.admin
        .get(userPath)
        .json()
        .path("contacts")
        .forEach(contact -> primaries.add(contact.path("isPrimary").asBoolean()));
    return primaries;
  }

  private static Map<String, Object> contact(String type, String value, boolean primary) {
    Map<String, Object> body = new HashMap<>();
    body.put("contact_type", type);
    body.put("value", value);
    body.put("is_primary", primary);
    return body;
  }
}
