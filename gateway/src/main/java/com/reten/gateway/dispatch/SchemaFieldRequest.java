package com.reten.gateway.dispatch;

import com.reten.api.dispatch.SchemaField;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One field of a channel definition's credential or settings schema. */
record SchemaFieldRequest(
    @NotBlank @Size(max = 64) String key,
    @Size(max = 255) String label,
    @NotNull FieldTypeName type,
    Boolean required) {

  SchemaField field() {
    return new SchemaField(key, label, type.type(), Boolean.TRUE.equals(required));
  }
}
