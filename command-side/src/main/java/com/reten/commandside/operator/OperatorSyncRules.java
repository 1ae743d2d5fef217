package com.reten.commandside.operator;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.operator.OperatorSyncItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules a sync batch must meet before any item is applied, with errors that name the item:
 * {@code items[3].email: must be a well-formed email address}.
 */
final class OperatorSyncRules {

  static final int MAX_ITEMS = 1000;

  private OperatorSyncRules() {}

  static void requireValid(List<OperatorSyncItem> items) {
    if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
      throw new RetenException(
          ErrorCode.VALIDATION_FAILED, "items: must hold 1 to " + MAX_ITEMS + " operators");
    }
    Map<String, Integer> firstIndexOfKey = new HashMap<>();
    for (int index = 0; index < items.size(); index++) {
      OperatorSyncItem item = items.get(index);
      if (item == null) {
        throw new RetenException(
            ErrorCode.VALIDATION_FAILED, "items[" + index + "]: must not be null");
      }
      Optional<String> problem = problem(item);
      if (problem.isEmpty()) {
        String key = item.type() + ":" + item.externalId().strip();
        Integer first = firstIndexOfKey.putIfAbsent(key, index);
        if (first != null) {
          problem = Optional.of("external_id: repeats items[" + first + "] (same type)");
        }
      }
      if (problem.isPresent()) {
        throw at(index, new RetenException(ErrorCode.VALIDATION_FAILED, problem.get()));
      }
    }
  }

  /** {@code e} with the index of the item it is about in front of its message. */
  static RetenException at(int index, RetenException e) {
    String separator = e.code() == ErrorCode.VALIDATION_FAILED ? "." : ": ";
    return new RetenException(e.code(), "items[" + index + "]" + separator + e.getMessage());
  }

  private static Optional<String> problem(OperatorSyncItem item) {
    if (item.externalId() == null) {
      return Optional.of("external_id: must not be blank");
    }
    return OperatorRules.identity(item.type(), item.externalId())
        .or(() -> OperatorRules.contact(item.name(), item.email(), item.phone()));
  }
}
