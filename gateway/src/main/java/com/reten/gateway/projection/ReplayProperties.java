package com.reten.gateway.projection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a replay rebuilds: events per transaction of the rebuilding processor. Large batches make a
 * rebuild fast; the live processors keep their own, small ones.
 */
@ConfigurationProperties("reten.projections.replay")
record ReplayProperties(@DefaultValue("500") int batchSize) {}
