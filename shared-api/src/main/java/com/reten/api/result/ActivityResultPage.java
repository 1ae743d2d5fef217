package com.reten.api.result;

import java.util.List;

/**
 * One page of a {@link ListActivityResultsQuery}.
 *
 * @param items the results on the page
 * @param total how many results match the filters
 */
public record ActivityResultPage(List<ActivityResultView> items, long total) {}
