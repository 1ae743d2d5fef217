package com.reten.gateway.dispatch;

import com.reten.api.dispatch.SchemaField;
import java.util.List;

/** One field of a channel definition's schema, its type named as in Reten's docs. */
record SchemaFieldResponse(String key, String label, FieldTypeName type, boolean required) {

  static List<SchemaFieldResponse> of(List<SchemaField> fields) {
    return fields.stream()
        .map(
            f ->
                new SchemaFieldResponse(
                    f.key(), f.label(), FieldTypeName.of(f.type()), f.required()))
        .toList();
  }
}
