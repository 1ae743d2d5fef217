package com.reten.commandside.result;

import com.reten.api.activity.ActivityDispatchedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link ProviderActivityIds} in step with dispatches. Its processor is subscribing (see
 * application.yml): it runs while the dispatch's unit of work commits, in the same transaction, so
 * a result for the provider's id is matched as soon as the dispatch is visible — whoever dispatched
 * it, without the dispatch code knowing about results. Not replayed: the table only needs
 * dispatches from the moment it exists, which is when dispatching was introduced.
 */
@Component
@ProcessingGroup("activity-provider-ids")
class ProviderActivityIdRecorder {

  private final ProviderActivityIds ids;

  ProviderActivityIdRecorder(ProviderActivityIds ids) {
    this.ids = ids;
  }

  @EventHandler
  void on(ActivityDispatchedEvent event) {
    if (event.providerActivityId() != null && !event.providerActivityId().isBlank()) {
      ids.remember(event.tenantId(), event.providerActivityId(), event.activityId());
    }
  }
}
