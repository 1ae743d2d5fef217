package com.reten.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** The alias rules on a mapper built exactly as Boot builds it, through WebConfig's customizer. */
class SnakeCaseAliasesTest {

  record Order(String customerName, Address shippingAddress, List<Line> lineItems) {}

  record Address(String streetLine, String zipCode) {}

  record Line(String productId, int unitCount) {}

  record Renamed(@JsonProperty("tenant_slug") String tenantSlug, String name) {}

  record Aliased(@JsonAlias("mail") String contactEmail) {}

  static class Settings {
    private String displayName;

    public String getDisplayName() {
      return displayName;
    }

    public void setDisplayName(String displayName) {
      this.displayName = displayName;
    }
  }

  private final ObjectMapper mapper = mapper();

  private static final Order ORDER =
      new Order("Ana", new Address("1 Main St", "1000"), List.of(new Line("p-1", 2)));

  @Test
  void readsSnakeCaseIntoNestedRecordsAndLists() throws Exception {
    String json =
        """
        {"customer_name":"Ana","shipping_address":{"street_line":"1 Main St","zip_code":"1000"},
         "line_items":[{"product_id":"p-1","unit_count":2}]}
        """;
    assertThat(mapper.readValue(json, Order.class)).isEqualTo(ORDER);
  }

  @Test
  void stillReadsCamelCaseAndMixedSpellings() throws Exception {
    String json =
        """
        {"customerName":"Ana","shipping_address":{"streetLine":"1 Main St","zip_code":"1000"},
         "lineItems":[{"product_id":"p-1","unitCount":2}]}
        """;
    assertThat(mapper.readValue(json, Order.class)).isEqualTo(ORDER);
  }

  @Test
  void writesOnlyCamelCase() throws Exception {
    assertThat(mapper.writeValueAsString(ORDER))
        .isEqualTo(
            "{\"customerName\":\"Ana\",\"shippingAddress\":{\"streetLine\":\"1 Main St\","
                + "\"zipCode\":\"1000\"},\"lineItems\":[{\"productId\":\"p-1\",\"unitCount\":2}]}");
  }

  @Test
  void aPropertyRenamedToSnakeCaseAlsoAcceptsItsJavaName() throws Exception {
    assertThat(mapper.readValue("{\"tenantSlug\":\"acme\",\"name\":\"A\"}", Renamed.class))
        .isEqualTo(new Renamed("acme", "A"));
    assertThat(mapper.readValue("{\"tenant_slug\":\"acme\"}", Renamed.class))
        .isEqualTo(new Renamed("acme", null));
  }

  @Test
  void anExplicitJsonAliasReplacesTheAutomaticOne() throws Exception {
    assertThat(mapper.readValue("{\"mail\":\"a@b.c\"}", Aliased.class))
        .isEqualTo(new Aliased("a@b.c"));
    assertThat(mapper.readValue("{\"contactEmail\":\"a@b.c\"}", Aliased.class))
        .isEqualTo(new Aliased("a@b.c"));
  }

  @Test
  void worksForClassesWithSettersToo() throws Exception {
    assertThat(mapper.readValue("{\"display_name\":\"Ana\"}", Settings.class).getDisplayName())
        .isEqualTo("Ana");
  }

  @Test
  void ignoresUnknownFieldsEvenIfConfigurationAskedOtherwise() throws Exception {
    ObjectMapper strict = mapper(Jackson2ObjectMapperBuilder.json().failOnUnknownProperties(true));
    assertThat(strict.readValue("{\"zip_code\":\"1\",\"planet\":\"Mars\"}", Address.class))
        .isEqualTo(new Address(null, "1"));
  }

  private static ObjectMapper mapper() {
    return mapper(Jackson2ObjectMapperBuilder.json());
  }

  private static ObjectMapper mapper(Jackson2ObjectMapperBuilder builder) {
    new WebConfig().snakeCaseRequestAliases().customize(builder);
    return builder.build();
  }
}
