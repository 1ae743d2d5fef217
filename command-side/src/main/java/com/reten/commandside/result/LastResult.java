package com.reten.commandside.result;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.result.ResultStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * The latest result recorded on a commerce (on one channel, or on any).
 *
 * @param activityId the activity it is about, or {@code null} for a STANDALONE result
 * @param resultId the result
 * @param code its result-type code
 * @param status its status, as submitted
 * @param occurredAt when the task was worked
 * @param channel the activity's channel, or {@code null} for a STANDALONE result
 */
public record LastResult(
    UUID activityId,
    UUID resultId,
    String code,
    ResultStatus status,
    Instant occurredAt,
    ActivityChannel channel) {}
