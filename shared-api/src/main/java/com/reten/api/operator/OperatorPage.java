package com.reten.api.operator;

import java.util.List;

/**
 * One page of a {@link ListOperatorsQuery}.
 *
 * @param items the operators on the page
 * @param total how many operators match the filters, on every page
 */
public record OperatorPage(List<OperatorView> items, long total) {}
