package com.reten.gateway.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Addresses of a commerce over real HTTP: one primary, immutable source, deactivation. */
class CommerceAddressFlowTest extends IntegrationTest {

  private CommerceTenant acme;
  private String commerce;
  private String addresses;

  @BeforeEach
  void commerce() {
    acme = CommerceTenant.create(api, asRoot(), "addr");
    commerce = acme.commerceId("ext-1");
    addresses = "/api/commerces/" + commerce + "/addresses";
  }

  @Test
  void anAddressIsAddedWithEveryFieldAndReadBack() {
    Map<String, Object> body = address("RETEN", true);
    body.put("address_alias", "Bodega");
    body.put("street_number", "1234");
    body.put("unit", "B");
    body.put("commune", "Providencia");
    body.put("region", "RM");
    body.put("formatted_address", "Av. Providencia 1234 B, Santiago");
    body.put("source_ref", "erp-7");

    ApiResponse created = acme.admin.post(addresses, body);

    assertThat(created.status()).isEqualTo(201);
    JsonNode address = created.json();
    String id = address.path("id").asText();
    assertThat(created.header("Location")).isEqualTo(addresses + "/" + id);
    assertThat(created.header("ETag")).isEqualTo("\"1\"");
    assertThat(address.path("source").asText()).isEqualTo("RETEN");
    assertThat(address.path("sourceRef").asText()).isEqualTo("erp-7");
    assertThat(address.path("addressAlias").asText()).isEqualTo("Bodega");
    assertThat(address.path("countryCode").asText()).isEqualTo("CL");
    assertThat(address.path("latitude").asDouble()).isEqualTo(-33.43);
    assertThat(address.path("longitude").asDouble()).isEqualTo(-70.61);
    assertThat(address.path("isPrimary").asBoolean()).isTrue();
    assertThat(address.path("isActive").asBoolean()).isTrue();
    assertThat(acme.admin.get(addresses + "/" + id).json()).isEqualTo(address);
    assertThat(acme.admin.get("/api/commerces/" + commerce).json().path("addresses").get(0))
        .isEqualTo(address);
  }

  @Test
  void eachInvalidFieldIsA400() {
    Map<String, Object> body = address(null, false);
    body.put("country_code", "XX");
    body.put("latitude", 90.5);
    body.put("longitude", -181);

    ApiResponse refused = acme.admin.post(addresses, body).assertError(400, "Bad Request");

    assertThat(refused.json().path("details"))
        .extracting(detail -> detail.path("field").asText())
        .containsExactly("country_code", "latitude", "longitude", "source");
    Map<String, Object> badSource = address("ERP", false);
    acme.admin.post(addresses, badSource).assertError(400, "Bad Request");
    assertThat(acme.admin.get("/api/commerces/" + commerce).json().path("addresses")).isEmpty();
  }

  @Test
  void aNewPrimaryAddressClearsTheOldOne() {
    String first = acme.admin.post(addresses, address("RETEN", true)).json().path("id").asText();
    String second =
        acme.admin.post(addresses, address("INTEGRATION", true)).json().path("id").asText();

    JsonNode listed = acme.admin.get("/api/commerces/" + commerce).json().path("addresses");
    assertThat(listed).extracting(a -> a.path("id").asText()).containsExactly(first, second);
    assertThat(listed)
        .extracting(a -> a.path("isPrimary").asBoolean())
        .containsExactly(false, true);

    ApiResponse back = acme.admin.patch(addresses + "/" + first, Map.of("is_primary", true));
    assertThat(back.json().path("isPrimary").asBoolean()).isTrue();
    assertThat(acme.admin.get(addresses + "/" + second).json().path("isPrimary").asBoolean())
        .isFalse();
  }

  @Test
  void aPatchChangesTheGivenFieldsButNeverTheSource() {
    String id = acme.admin.post(addresses, address("RETEN", false)).json().path("id").asText();

    ApiResponse changed =
        acme.admin.patch(addresses + "/" + id, Map.of("street", "Calle Nueva", "unit", "C"));

    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.header("ETag")).isEqualTo("\"2\"");
    assertThat(changed.json().path("street").asText()).isEqualTo("Calle Nueva");
    assertThat(changed.json().path("city").asText()).isEqualTo("Santiago");
    ApiResponse source =
        acme.admin
            .patch(addresses + "/" + id, Map.of("source", "INTEGRATION"))
            .assertError(400, "Bad Request");
    assertThat(source.json().path("details").get(0).path("field").asText()).isEqualTo("source");
    assertThat(source.json().path("details").get(0).path("message").asText())
        .isEqualTo("cannot be changed");
    acme.admin
        .patch(addresses + "/" + id, Map.of("source_ref", "x"))
        .assertError(400, "Bad Request");
    acme.admin
        .patch(addresses + "/" + id, Map.of("longitude", 200))
        .assertError(400, "Bad Request");
    assertThat(acme.admin.get(addresses + "/" + id).json().path("source").asText())
        .isEqualTo("RETEN");
  }

  @Test
  void deleteDeactivatesAndAnInactiveAddressCannotBePrimary() {
    String id = acme.admin.post(addresses, address("RETEN", true)).json().path("id").asText();

    assertThat(acme.delete(addresses + "/" + id).status()).isEqualTo(204);
    assertThat(acme.delete(addresses + "/" + id).status()).isEqualTo(204);
    JsonNode removed = acme.admin.get(addresses + "/" + id).json();
    assertThat(removed.path("isActive").asBoolean()).isFalse();
    assertThat(removed.path("isPrimary").asBoolean()).isFalse();
    acme.admin
        .patch(addresses + "/" + id, Map.of("is_primary", true))
        .assertError(400, "Bad Request");
  }

  @Test
  void aStaleIfMatchIsAConflict() {
    String id = acme.admin.post(addresses, address("RETEN", false)).json().path("id").asText();
    String etag = acme.admin.get(addresses + "/" + id).header("ETag");
    acme.admin.patch("/api/commerces/" + commerce, Map.of("name", "Changed meanwhile"));

    acme.admin
        .withHeader("If-Match", etag)
        .patch(addresses + "/" + id, Map.of("street", "Late"))
        .assertError(409, "Conflict");
    acme.admin
        .withHeader("If-Match", etag)
        .post(addresses, address("RETEN", false))
        .assertError(409, "Conflict");
    assertThat(acme.admin.get("/api/commerces/" + commerce).json().path("addresses")).hasSize(1);
  }

  @Test
  void unknownOrForeignAddressesAreNotFound() {
    String id = acme.admin.post(addresses, address("RETEN", false)).json().path("id").asText();
    var other = CommerceTenant.create(api, asRoot(), "addr-other");

    other.admin.get(addresses + "/" + id).assertError(404, "Not Found");
    other.admin.post(addresses, address("RETEN", false)).assertError(404, "Not Found");
    other.admin.patch(addresses + "/" + id, Map.of("street", "x")).assertError(404, "Not Found");
    other.delete(addresses + "/" + id).assertError(404, "Not Found");
    acme.admin.get(addresses + "/" + UUID.randomUUID()).assertError(404, "Not Found");
    acme.admin
        .patch(addresses + "/" + UUID.randomUUID(), Map.of("street", "x"))
        .assertError(404, "Not Found");
    acme.delete("/api/commerces/" + UUID.randomUUID() + "/addresses/" + id)
        .assertError(404, "Not Found");
  }

  private static Map<String, Object> address(String source, boolean primary) {
    Map<String, Object> body = new HashMap<>();
    if (source != null) {
      body.put("source", source);
    }
    body.put("street", "Av. Providencia");
    body.put("city", "Santiago");
    body.put("country_code", "cl");
    body.put("latitude", -33.43);
    body.put("longitude", -70.61);
    body.put("is_primary", primary);
    return body;
  }
}
