package com.reten.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reten.api.dispatch.FieldType;
import org.junit.jupiter.api.Test;

class FieldTypeNameTest {

  @Test
  void responsesNameTypesAsRetensDocsDo() {
    assertThat(FieldTypeName.of(FieldType.SECRET).wire()).isEqualTo("password");
    assertThat(FieldTypeName.of(FieldType.STRING).wire()).isEqualTo("text");
    assertThat(FieldTypeName.of(FieldType.URL).wire()).isEqualTo("url");
  }

  @Test
  void requestsMaySendTheDocsNamesOrTheEarlierOnesInAnyCase() {
    assertThat(FieldTypeName.parse("password").type()).isEqualTo(FieldType.SECRET);
    assertThat(FieldTypeName.parse("SECRET").type()).isEqualTo(FieldType.SECRET);
    assertThat(FieldTypeName.parse(" Text ").type()).isEqualTo(FieldType.STRING);
    assertThat(FieldTypeName.parse("string").type()).isEqualTo(FieldType.STRING);
    assertThat(FieldTypeName.parse("URL").type()).isEqualTo(FieldType.URL);
    assertThatThrownBy(() -> FieldTypeName.parse("secretive"))
        .hasMessage("type must be one of text, password or url");
  }
}
