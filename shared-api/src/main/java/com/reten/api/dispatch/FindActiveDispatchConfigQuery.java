package com.reten.api.dispatch;

import com.reten.api.activity.ActivityChannel;
import java.util.UUID;

/**
 * The tenant's active dispatch config for a channel, answered with an optional {@link
 * DispatchConfigView}.
 *
 * @param tenantId the tenant
 * @param channel the channel
 */
public record FindActiveDispatchConfigQuery(UUID tenantId, ActivityChannel channel) {}
