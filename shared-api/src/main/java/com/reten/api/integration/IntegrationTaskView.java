package com.reten.api.integration;

import com.reten.api.activity.ActivityView;

/**
 * A task as the Task Integration API lists it.
 *
 * @param activity the activity, with its latest result
 * @param operatorExternalId the assigned operator's external id, or {@code null}
 */
public record IntegrationTaskView(ActivityView activity, String operatorExternalId) {}
