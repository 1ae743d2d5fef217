package com.reten.api.dispatch;

/**
 * The type of a field of a channel definition's credential or settings schema. A SECRET value is
 * write-only: encrypted at rest and never returned; every credential is treated as one.
 */
public enum FieldType {
  STRING,
  SECRET,
  URL
}
