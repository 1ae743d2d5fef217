package com.reten.api.integration;

import java.util.List;

/**
 * One page of a {@link ListIntegrationTasksQuery}.
 *
 * @param items the tasks on the page
 * @param total how many tasks match the filters
 */
public record IntegrationTaskPage(List<IntegrationTaskView> items, long total) {}
