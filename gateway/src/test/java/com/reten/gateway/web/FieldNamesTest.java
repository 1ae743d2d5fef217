package com.reten.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldNamesTest {

  @ParameterizedTest
  @CsvSource({"adminEmail, admin_email", "isActive, is_active", "page, page", "userID, user_id"})
  void snakeCasesJavaNames(String camel, String snake) {
    assertThat(FieldNames.snake(camel)).isEqualTo(snake);
  }

  @ParameterizedTest
  @CsvSource({"per_page, perPage", "is_active, isActive", "page, page", "a_b_c, aBC"})
  void camelCasesDocumentedNames(String snake, String camel) {
    assertThat(FieldNames.camel(snake)).isEqualTo(camel);
  }

  @ParameterizedTest
  @CsvSource(
      value = {"is_active, isActive", "isActive, is_active", "perPage, per_page", "page, NULL"},
      nullValues = "NULL")
  void aliasIsTheOtherSpellingOrNothing(String name, String alias) {
    assertThat(FieldNames.alias(name)).isEqualTo(alias);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "lineItems[0].unitPrice | line_items[0].unit_price",
        "billingAddress.zipCode | billing_address.zip_code",
        "attributes[someKey]    | attributes[someKey]",
        "[2].userEmail          | [2].user_email"
      })
  void snakeCasesEachPropertyOfAPathButNotMapKeys(String path, String expected) {
    assertThat(FieldNames.snakePath(path)).isEqualTo(expected);
  }
}
