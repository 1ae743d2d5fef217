package com.reten.gateway.events;

import java.util.List;

/**
 * A page of a stream. {@code nextCursor} is always set: the last event's cursor, or the cursor the
 * request started from when there was nothing new, so a client simply keeps passing it back.
 */
record EventPageResponse(List<EventResponse> data, String nextCursor) {}
