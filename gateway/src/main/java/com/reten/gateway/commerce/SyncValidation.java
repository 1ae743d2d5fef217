package com.reten.gateway.commerce;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.reten.gateway.web.ApiError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Every problem of a sync request, each named by its path ({@code items[3].users[0].name}) and in
 * item order, so the first refused item leads: bean validation of each field, then the rules that
 * span items (an external id twice in the sync, a user external id twice in one commerce).
 */
@Component
class SyncValidation {

  private static final PropertyNamingStrategies.NamingBase SNAKE =
      new PropertyNamingStrategies.SnakeCaseStrategy();
  private static final Pattern ITEM_INDEX = Pattern.compile("^items\\[(\\d+)]");

  private final Validator validator;

  SyncValidation(Validator validator) {
    this.validator = validator;
  }

  void check(SyncCommercesRequest request) {
    List<ApiError.Detail> problems = new ArrayList<>();
    for (ConstraintViolation<SyncCommercesRequest> violation : validator.validate(request)) {
      problems.add(new ApiError.Detail(path(violation.getPropertyPath()), violation.getMessage()));
    }
    if (request.items() != null) {
      duplicates(request.items(), problems);
    }
    if (!problems.isEmpty()) {
      problems.sort(
          Comparator.comparingInt((ApiError.Detail detail) -> itemIndex(detail.field()))
              .thenComparing(ApiError.Detail::field)
              .thenComparing(ApiError.Detail::message));
      throw new InvalidFieldsException(problems);
    }
  }

  private static void duplicates(List<SyncItemRequest> items, List<ApiError.Detail> problems) {
    Map<String, Integer> firstWithExternalId = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      SyncItemRequest item = items.get(i);
      if (item == null) {
        continue;
      }
      Integer first =
          item.externalId() == null ? null : firstWithExternalId.putIfAbsent(item.externalId(), i);
      if (first != null) {
        problems.add(
            new ApiError.Detail(
                "items[" + i + "].external_id", "repeats items[" + first + "].external_id"));
      }
      Map<String, Integer> firstUser = new HashMap<>();
      List<SyncUserRequest> users = item.users() == null ? List.of() : item.users();
      for (int u = 0; u < users.size(); u++) {
        String externalId = users.get(u) == null ? null : users.get(u).externalId();
        Integer firstIndex = externalId == null ? null : firstUser.putIfAbsent(externalId, u);
        if (firstIndex != null) {
          problems.add(
              new ApiError.Detail(
                  "items[" + i + "].users[" + u + "].external_id",
                  "repeats users[" + firstIndex + "].external_id of this commerce"));
        }
      }
    }
  }

  /** {@code items[3].users[0].contacts[1].value}, snake_case like the request. */
  private static String path(Path path) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        field.append('[').append(node.getIndex()).append(']');
      }
      if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
        field.append(field.isEmpty() ? "" : ".").append(SNAKE.translate(node.getName()));
      }
    }
    return field.toString();
  }

  private static int itemIndex(String field) {
    Matcher matcher = ITEM_INDEX.matcher(field);
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
  }
}
