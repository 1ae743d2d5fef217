package com.reten.gateway.operator;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.reten.gateway.web.ApiError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * Validates each sync item and answers the first problem in the 400's message, as Reten's sync does
 * ({@code items[3].email: must be a well-formed email address}), with every problem of every item
 * in {@code details}.
 */
final class SyncItemProblems {

  private static final PropertyNamingStrategies.NamingBase SNAKE =
      new PropertyNamingStrategies.SnakeCaseStrategy();

  private SyncItemProblems() {}

  static Optional<ApiError> of(Validator validator, List<SyncOperatorItem> items) {
    List<ApiError.Detail> details = new ArrayList<>();
    for (int index = 0; index < items.size(); index++) {
      if (items.get(index) == null) {
        details.add(new ApiError.Detail("items[" + index + "]", "must not be null"));
        continue;
      }
      List<ApiError.Detail> ofItem = new ArrayList<>();
      for (ConstraintViolation<SyncOperatorItem> violation : validator.validate(items.get(index))) {
        String field = SNAKE.translate(violation.getPropertyPath().toString());
        ofItem.add(new ApiError.Detail("items[" + index + "]." + field, violation.getMessage()));
      }
      ofItem.sort(
          Comparator.comparing(ApiError.Detail::field).thenComparing(ApiError.Detail::message));
      details.addAll(ofItem);
    }
    if (details.isEmpty()) {
      return Optional.empty();
    }
    ApiError.Detail first = details.get(0);
    String message = first.field() + ": " + first.message();
    HttpStatus status = HttpStatus.BAD_REQUEST;
    return Optional.of(new ApiError(status.value(), message, status.getReasonPhrase(), details));
  }
}
