package com.reten.api.activityconfig;

import java.util.Map;

/**
 * One way of picking target users; criteria are tried in ascending {@code priority}.
 *
 * @param type how users are picked
 * @param config the criterion's settings (ROLE_MATCH: {@code {"role": "COMMERCE_REP"}}), never
 *     {@code null}
 * @param priority lower is tried first
 */
public record TargetCriterion(TargetCriterionType type, Map<String, Object> config, int priority) {}
