package com.reten.api.activity;

import java.util.List;

/**
 * One page of a {@link ListActivitiesQuery}.
 *
 * @param items the activities on the page
 * @param total how many activities match the filters
 */
public record ActivityPage(List<ActivityView> items, long total) {}
