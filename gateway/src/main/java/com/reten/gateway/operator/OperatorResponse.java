package com.reten.gateway.operator;

import com.reten.api.operator.OperatorType;
import com.reten.api.operator.OperatorView;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An operator as every operator route returns it. */
record OperatorResponse(
    UUID id,
    String name,
    String firstName,
    String lastName,
    String email,
    String phone,
    OperatorType type,
    String externalId,
    boolean isActive,
    boolean isPlaceholder,
    Map<String, Object> metadata,
    Instant createdAt,
    Instant updatedAt) {

  static OperatorResponse of(OperatorView view) {
    // Split on the first space: "Ana Maria Diaz" is Ana / Maria Diaz; a single word has no last.
    String name = view.name();
    int space = name.indexOf(' ');
    return new OperatorResponse(
        view.id(),
        name,
        space < 0 ? name : name.substring(0, space),
        space < 0 ? null : name.substring(space + 1).strip(),
        view.email(),
        view.phone(),
        view.type(),
        view.externalId(),
        view.active(),
        view.placeholder(),
        view.metadata(),
        view.createdAt(),
        view.updatedAt());
  }
}
