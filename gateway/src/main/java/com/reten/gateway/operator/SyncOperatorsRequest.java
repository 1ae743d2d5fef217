package com.reten.gateway.operator;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A sync batch. Items are validated one by one by {@link SyncItemProblems}, so the error can name
 * the first item at fault in its message.
 */
record SyncOperatorsRequest(@NotNull @Size(min = 1, max = 1000) List<SyncOperatorItem> items) {}
