package com.reten.gateway.config;

import com.reten.api.tenant.TenantCreatedEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A test-only projection that fails on tenants whose slug starts with {@code explode} while {@link
 * #FAILING} is set, standing in for a projection with a bug or a broken dependency.
 */
@Component
@ProcessingGroup("failure-probe")
class FailureProbeProjection {

  static final AtomicBoolean FAILING = new AtomicBoolean();
  static final List<String> HANDLED = new CopyOnWriteArrayList<>();

  @EventHandler
  void on(TenantCreatedEvent event) {
    if (FAILING.get() && event.slug().startsWith("explode")) {
      throw new IllegalStateException("probe failure on " + event.slug());
    }
    HANDLED.add(event.slug());
  }
}
