package com.reten.gateway.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the event store treats holes in its global index and how many recent events it keeps for the
 * processors near the head; see {@link EventStoreConfig} for why these differ from Axon's.
 *
 * @param gapTimeout how long a hole may wait for its transaction to commit; an appending
 *     transaction that takes longer has its events skipped by the tracking processors
 * @param gapCleaningThreshold holes a token may carry before the store checks which timed out
 * @param cachedEvents recent events held in memory for processors at the head
 */
@ConfigurationProperties("reten.event-store")
record EventStoreProperties(
    @DefaultValue("20s") Duration gapTimeout,
    @DefaultValue("16") int gapCleaningThreshold,
    @DefaultValue("100") int cachedEvents) {}
