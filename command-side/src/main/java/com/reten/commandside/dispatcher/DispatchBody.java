package com.reten.commandside.dispatcher;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityType;
import com.reten.api.dispatch.DispatchPartiesView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON body of a provider call (API.md §5.4), field for field. */
record DispatchBody(
    UUID activityId,
    UUID tenantId,
    ActivityType type,
    ActivityChannel channel,
    String reason,
    Instant scheduledAt,
    DispatchPartiesView.Commerce commerce,
    DispatchPartiesView.Party operator,
    DispatchPartiesView.Party route,
    List<DispatchPreparation.TargetUser> targetUsers,
    Map<String, Object> attributes,
    String resultCallbackUrl) {}
