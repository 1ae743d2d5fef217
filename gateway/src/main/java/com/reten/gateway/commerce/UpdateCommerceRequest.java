package com.reten.gateway.commerce;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** The commerce fields a PATCH may change; absent fields stay as they are. */
record UpdateCommerceRequest(
    @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 255) String name,
    @Size(max = 255) String taxId,
    @Size(max = 255) String globalExternalId,
    Boolean isActive,
    Map<String, Object> metadata) {

  /** Absent is fine; present must have a visible character. */
  static final String NOT_BLANK = "(?s).*\\S.*";
}
